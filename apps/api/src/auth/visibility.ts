import { actsForEnte, mayReadPlan, Principal } from '@ciclo/domain';
import type { PlanSummary } from '@ciclo/projections';

/** The plans of a list that the read policy lets this person see. */
export function visiblePlans(principal: Principal, plans: PlanSummary[]): PlanSummary[] {
  return plans.filter((plan) => mayReadPlan(principal, { enteCode: plan.ente.code, status: plan.status }).allowed);
}

/** Items of the enti this person acts for (deadlines, notifications). */
export function ofOwnEnti<T>(principal: Principal, items: T[], enteOf: (item: T) => string | undefined): T[] {
  return items.filter((item) => {
    const code = enteOf(item);
    return code !== undefined && actsForEnte(principal, code);
  });
}
