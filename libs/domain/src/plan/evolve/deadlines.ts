import { EventHandlers } from './evolve-handlers';
import { updateObjective } from './plan-updates';

type DeadlineEvents = 'ObjectiveMilestoneMet' | 'ObjectiveDeadlineMoved' | 'BudgetApprovalRecorded';

export const deadlineHandlers: EventHandlers<DeadlineEvents> = {
  ObjectiveMilestoneMet: (plan, { centroId, objectiveId, act }, { recordedAt }) =>
    updateObjective(plan, centroId, objectiveId, (objective) => ({ ...objective, milestone: { act, recordedAt } })),

  ObjectiveDeadlineMoved: (plan, { centroId, objectiveId, deadline }) =>
    updateObjective(plan, centroId, objectiveId, (objective) => ({ ...objective, deadline })),

  BudgetApprovalRecorded: (plan, { delibera }, { recordedAt }) => ({ ...plan, budgetApproval: { delibera, recordedAt } }),
};
