import { Objective, Plan } from '../plan-state';
import { EventHandlers } from './evolve-handlers';
import { updateEveryObjective } from './plan-updates';

type RelazioneEvents = 'RelazioneApproved' | 'RelazioneValidated' | 'RelazioneRefused';

export const relazioneHandlers: EventHandlers<RelazioneEvents> = {
  RelazioneApproved: (plan, { delibera }, { recordedAt }) => ({
    ...plan,
    status: 'relazione_approved',
    relazione: { ...relazioneOf(plan), approval: { delibera, approvedAt: recordedAt } },
  }),

  RelazioneValidated: (plan, { documento }, { recordedAt }) => ({
    ...plan,
    status: 'closed',
    relazione: { ...relazioneOf(plan), validation: { documento, validatedAt: recordedAt } },
  }),

  // A refusal puts the numbers under review again: the validation and the points it awarded go.
  RelazioneRefused: (plan, { reason }, { recordedAt }) => {
    const { approval, ...relazione } = relazioneOf(plan);
    const { consuntivoValidation: _reviewed, ...rest } = updateEveryObjective(plan, withoutValidation);
    return {
      ...rest,
      status: 'consuntivo',
      relazione: {
        ...relazione,
        refusals: [
          ...relazione.refusals,
          { reason, refusedAt: recordedAt, ...(approval ? { delibera: approval.delibera } : {}) },
        ],
      },
    };
  },
};

function relazioneOf(plan: Plan): NonNullable<Plan['relazione']> {
  return plan.relazione ?? { refusals: [] };
}

function withoutValidation(objective: Objective): Objective {
  const { validated: _validated, pointsAwarded: _points, ...rest } = objective;
  return rest;
}
