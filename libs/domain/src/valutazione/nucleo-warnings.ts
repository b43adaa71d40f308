import { Plan } from '../plan/plan-state';
import { approvalWarnings } from './approval-warnings';
import { differentiationWarnings } from './differentiation-warning';
import { NucleoWarning } from './nucleo-warning';
import { objectiveWarnings } from './objective-warnings';
import { scorePlan } from './score-plan';
import { DEFAULT_SMVP_RULES, SmvpRules, smvpRulesFor } from './smvp-rules';

/**
 * The warnings the Nucleo needs about a plan, computed from the plan alone (no clock): late
 * approval, objectives without a target, late consuntivi, no differentiation. The limits come
 * from the ente's SMVP rules; without rules, the defaults (31/01 or budget + 30 days, 3 months,
 * consuntivo by 30/06 of the year after).
 */
export function nucleoWarnings(plan: Plan, rules: SmvpRules = DEFAULT_SMVP_RULES): NucleoWarning[] {
  const { warnings: limits } = smvpRulesFor(rules, plan.ente.code);
  return [
    ...approvalWarnings(plan, limits),
    ...objectiveWarnings(plan, limits),
    ...differentiationWarnings(scorePlan(plan, rules)),
  ];
}
