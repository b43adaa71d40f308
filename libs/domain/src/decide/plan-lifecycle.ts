import { CreatePlan } from '../commands/plan-commands';
import { RuleViolationError } from '../errors/domain-errors';
import { PlanEvent } from '../events/plan-events';
import { Plan } from '../plan/plan-state';
import { CommandDeciders } from './command-deciders';
import { assertDeliberaUsable } from './delibera-rules';
import { activeObjectives } from './points-rules';
import { requireText } from './text-rules';

export function decideCreatePlan({ planId, data }: CreatePlan, existing: Plan | undefined): PlanEvent[] {
  if (existing) throw new RuleViolationError(`plan ${planId} already exists`, 'plan_exists');
  requireText(data.ente?.code, 'the ente code', 'ente_code_required');
  assertTriennioHoldsYear(data.year, data.triennio);
  return [{ type: 'PlanCreated', data: { planId, ente: data.ente, year: data.year, triennio: data.triennio } }];
}

/** The plan covers a triennio of three consecutive years, and its own year is one of them. */
function assertTriennioHoldsYear(year: number, [first, last]: [number, number]): void {
  if (!Number.isInteger(first) || last - first !== 2) {
    throw new RuleViolationError(`the triennio must span three years, got ${first}-${last}`, 'triennio_three_years');
  }
  if (!Number.isInteger(year) || year < first || year > last) {
    throw new RuleViolationError(`the plan year ${year} is outside the triennio ${first}-${last}`, 'year_outside_triennio');
  }
}

export const lifecycleDeciders: CommandDeciders<'ProposePlan' | 'ApprovePlan' | 'StartConsuntivo'> = {
  ProposePlan: ({ planId }, plan) => {
    assertEveryCentroWithObjectivesSubmitted(plan);
    return [{ type: 'PlanProposed', data: { planId } }];
  },

  ApprovePlan: ({ planId, data }, plan, { now }) => {
    assertDeliberaUsable(plan, data.delibera, now);
    return [{ type: 'PlanApproved', data: { planId, delibera: data.delibera } }];
  },

  StartConsuntivo: ({ planId }) => [{ type: 'ConsuntivoStarted', data: { planId } }],
};

function assertEveryCentroWithObjectivesSubmitted(plan: Plan): void {
  if (!plan.centri.some((c) => c.status === 'submitted')) {
    throw new RuleViolationError('no centro has been submitted yet', 'no_centro_submitted');
  }
  const open = plan.centri.filter((c) => c.status !== 'submitted' && activeObjectives(c).length > 0);
  if (open.length > 0) {
    const names = open.map((c) => `${c.code} (${c.status})`).join(', ');
    throw new RuleViolationError(`every centro with objectives must be submitted; still open: ${names}`, 'centri_not_submitted');
  }
}
