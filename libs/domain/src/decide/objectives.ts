import { CommandDeciders } from './command-deciders';
import { assertCentroEditable } from './editing-window';
import { requireCentro, requireObjective } from './lookups';
import {
  assertObjectiveActive,
  assertObjectiveFieldsValid,
  assertObjectiveIdUnused,
  changedObjectiveFields,
} from './objective-rules';
import { assertPercentage } from './text-rules';

type ObjectiveCommands = 'DraftObjective' | 'ReviseObjective' | 'WithdrawObjective' | 'RecordMonitoring';

export const objectiveDeciders: CommandDeciders<ObjectiveCommands> = {
  DraftObjective: ({ planId, type, data }, plan) => {
    const centro = requireCentro(plan, data.centroId);
    assertCentroEditable(type, plan, centro);
    assertObjectiveIdUnused(plan, data.objectiveId);
    const { centroId, objectiveId, measures = [], indicators = [], referenceYears = [], ...fields } = data;
    assertObjectiveFieldsValid({ ...fields, indicators, referenceYears });
    return [
      {
        type: 'ObjectiveDrafted',
        data: { planId, centroId, objectiveId, ...withoutUndefined(fields), measures, indicators, referenceYears },
      },
    ];
  },

  ReviseObjective: ({ planId, type, data }, plan) => {
    const { centro, objective } = requireObjective(plan, data.objectiveId);
    assertCentroEditable(type, plan, centro);
    assertObjectiveActive(objective);
    assertObjectiveFieldsValid(data.changes ?? {});
    const changes = changedObjectiveFields(objective, data.changes ?? {});
    if (Object.keys(changes).length === 0) return [];
    return [{ type: 'ObjectiveRevised', data: { planId, centroId: centro.centroId, objectiveId: objective.objectiveId, changes } }];
  },

  WithdrawObjective: ({ planId, type, data }, plan) => {
    const { centro, objective } = requireObjective(plan, data.objectiveId);
    assertCentroEditable(type, plan, centro);
    assertObjectiveActive(objective);
    const reason = data.reason?.trim() ? { reason: data.reason } : {};
    return [{ type: 'ObjectiveWithdrawn', data: { planId, centroId: centro.centroId, objectiveId: objective.objectiveId, ...reason } }];
  },

  RecordMonitoring: ({ planId, data }, plan) => {
    const { centro, objective } = requireObjective(plan, data.objectiveId);
    assertObjectiveActive(objective);
    assertPercentage(data.progressPct, 'progress', 'progress_out_of_range');
    return [
      {
        type: 'MonitoringRecorded',
        data: { planId, centroId: centro.centroId, objectiveId: objective.objectiveId, progressPct: data.progressPct, notes: data.notes },
      },
    ];
  },
};

/** Optional fields left out rather than stored as undefined. */
function withoutUndefined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;
}
