import { PlanStatus } from '../plan/plan-state';
import { actsForEnte, Principal } from './principal';

/** Plans a viewer may not see yet: not approved by the Giunta. */
const NOT_YET_APPROVED: readonly PlanStatus[] = ['drafting', 'proposed'];

export type ReadDecision = { allowed: true } | { allowed: false; reason: 'other_ente' | 'not_approved' };

/**
 * Who may read a plan: everyone of its ente, a viewer only once the Giunta approved it. Another
 * ente's plan is reported as missing, so that its existence does not leak.
 */
export function mayReadPlan(principal: Principal, plan: { enteCode: string; status: PlanStatus }): ReadDecision {
  if (!actsForEnte(principal, plan.enteCode)) return { allowed: false, reason: 'other_ente' };
  if (principal.role === 'viewer' && NOT_YET_APPROVED.includes(plan.status)) {
    return { allowed: false, reason: 'not_approved' };
  }
  return { allowed: true };
}
