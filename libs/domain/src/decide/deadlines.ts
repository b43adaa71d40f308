import { RuleViolationError } from '../errors/domain-errors';
import { Objective } from '../plan/plan-state';
import { CommandDeciders } from './command-deciders';
import { isIsoDate } from './dates';
import { assertDeliberaUsable } from './delibera-rules';
import { requireObjective } from './lookups';
import { assertObjectiveActive } from './objective-rules';
import { requireText } from './text-rules';

type DeadlineCommands = 'RecordMilestone' | 'MoveDeadline' | 'RecordBudgetApproval';

/**
 * Deadlines the plan sets itself (an objective's milestone, e.g. the PDS approved in Consiglio by
 * 31/10/2024) and the budget approval that moves the statutory PIAO deadline.
 */
export const deadlineDeciders: CommandDeciders<DeadlineCommands> = {
  RecordMilestone: ({ planId, data }, plan, { now }) => {
    const { centro, objective } = requireObjective(plan, data.objectiveId);
    assertObjectiveActive(objective);
    assertHasOpenMilestone(objective);
    assertDeliberaUsable(plan, data.act, now);
    return [
      {
        type: 'ObjectiveMilestoneMet',
        data: { planId, centroId: centro.centroId, objectiveId: objective.objectiveId, act: data.act },
      },
    ];
  },

  MoveDeadline: ({ planId, data }, plan) => {
    const { centro, objective } = requireObjective(plan, data.objectiveId);
    assertObjectiveActive(objective);
    const previousDeadline = assertHasOpenMilestone(objective);
    if (!isIsoDate(data.deadline)) {
      throw new RuleViolationError(`the deadline must be a YYYY-MM-DD date, got "${data.deadline}"`, 'deadline_invalid');
    }
    requireText(data.reason, 'the reason for moving a deadline', 'deadline_move_reason_required');
    if (data.deadline === previousDeadline) return [];
    return [
      {
        type: 'ObjectiveDeadlineMoved',
        data: {
          planId,
          centroId: centro.centroId,
          objectiveId: objective.objectiveId,
          deadline: data.deadline,
          previousDeadline,
          reason: data.reason,
        },
      },
    ];
  },

  RecordBudgetApproval: ({ planId, data }, plan, { now }) => {
    if (plan.budgetApproval) {
      throw new RuleViolationError(
        `the budget approval is already recorded (delibera ${plan.budgetApproval.delibera.numero} del ${plan.budgetApproval.delibera.data})`,
        'budget_approval_already_recorded',
      );
    }
    if (data.delibera?.organo !== 'consiglio') {
      throw new RuleViolationError('the budget is approved by the Consiglio, not by the Giunta', 'budget_needs_consiglio');
    }
    assertDeliberaUsable(plan, data.delibera, now);
    return [{ type: 'BudgetApprovalRecorded', data: { planId, delibera: data.delibera } }];
  },
};

/** A milestone belongs to an objective with a deadline, and is reached once; returns the deadline. */
function assertHasOpenMilestone(objective: Objective): string {
  if (objective.deadline === undefined) {
    throw new RuleViolationError(
      `objective "${objective.title}" has no deadline; give it one in a variation`,
      'objective_without_deadline',
    );
  }
  if (objective.milestone) {
    throw new RuleViolationError(
      `the milestone of objective "${objective.title}" was already met by delibera ${objective.milestone.act.numero} del ${objective.milestone.act.data}`,
      'milestone_already_met',
    );
  }
  return objective.deadline;
}
