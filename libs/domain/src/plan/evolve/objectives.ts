import { EventHandlers } from './evolve-handlers';
import { updateCentro, updateObjective } from './plan-updates';

type ObjectiveEvents = 'ObjectiveDrafted' | 'ObjectiveRevised' | 'ObjectiveWithdrawn' | 'MonitoringRecorded';

export const objectiveHandlers: EventHandlers<ObjectiveEvents> = {
  ObjectiveDrafted: (plan, { planId: _planId, ...objective }) =>
    updateCentro(plan, objective.centroId, (centro) => ({
      ...centro,
      objectives: [...centro.objectives, { ...objective, status: 'active', monitoring: [] }],
    })),

  ObjectiveRevised: (plan, { centroId, objectiveId, changes }) =>
    updateObjective(plan, centroId, objectiveId, (objective) => ({ ...objective, ...changes })),

  ObjectiveWithdrawn: (plan, { centroId, objectiveId }) =>
    updateObjective(plan, centroId, objectiveId, (objective) => ({ ...objective, status: 'withdrawn' })),

  MonitoringRecorded: (plan, { centroId, objectiveId, progressPct, notes }, { recordedAt, actorId }) =>
    updateObjective(plan, centroId, objectiveId, (objective) => ({
      ...objective,
      monitoring: [...objective.monitoring, { progressPct, notes, recordedAt, actorId }],
    })),
};
