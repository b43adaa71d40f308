import { ValidationResult } from '../../events/plan-events';
import { Objective } from '../plan-state';
import { pointsAwarded } from '../points-awarded';
import { EventHandlers } from './evolve-handlers';
import { updateEveryObjective, updateObjective } from './plan-updates';

type ConsuntivoEvents = 'ConsuntivoStarted' | 'ConsuntivoRecorded' | 'ConsuntivoValidated';

export const consuntivoHandlers: EventHandlers<ConsuntivoEvents> = {
  ConsuntivoStarted: (plan) => ({ ...plan, status: 'consuntivo' }),

  ConsuntivoRecorded: (plan, { centroId, objectiveId, achievementPct, evidence, indicatorValues }, context) =>
    updateObjective(plan, centroId, objectiveId, (objective) => ({
      ...objective,
      consuntivo: { achievementPct, evidence, indicatorValues, recordedAt: context.recordedAt, actorId: context.actorId },
    })),

  ConsuntivoValidated: (plan, { verbale, results }, { recordedAt }) => {
    const resultByObjective = new Map(results.map((result) => [result.objectiveId, result]));
    return {
      ...updateEveryObjective(plan, (objective) => {
        const result = resultByObjective.get(objective.objectiveId);
        return result ? withValidation(objective, result) : objective;
      }),
      status: 'consuntivo_validated',
      consuntivoValidation: { verbale, validatedAt: recordedAt },
    };
  },
};

function withValidation(objective: Objective, result: ValidationResult): Objective {
  const adjusted = result.validatedPct !== result.recordedPct;
  return {
    ...objective,
    validated: {
      achievementPct: result.validatedPct,
      ...(adjusted && result.reason !== undefined ? { adjustmentReason: result.reason } : {}),
    },
    pointsAwarded: pointsAwarded(objective.points, result.validatedPct),
  };
}
