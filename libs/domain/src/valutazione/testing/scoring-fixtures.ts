import { PlanEvent, ValidationResult } from '../../events/plan-events';
import { EventContext, evolvePlan } from '../../plan/evolve-plan';
import { Plan } from '../../plan/plan-state';
import {
  approvedPlanEvents,
  consuntivoRecorded,
  OBJECTIVES,
  objectiveDrafted,
  PLAN_ID,
  SERVIZIO,
  TOGNI,
  VERBALE_NUCLEO,
} from '../../testing/plan-fixtures';
import { parseSmvpRules } from '../parse-smvp-rules';
import { SmvpRules, ScoringRule } from '../smvp-rules';
import shippedRules from '../../../../../config/smvp-rules.json';

/** The rules the product ships (config/smvp-rules.json). */
export function shippedSmvpRules(): SmvpRules {
  return parseSmvpRules(JSON.parse(JSON.stringify(shippedRules)));
}

/** The shipped rules, with the Levate ente scored by `scoring`. */
export function levateScoredBy(scoring: ScoringRule): SmvpRules {
  return parseSmvpRules({ default: { scoring: { kind: 'proportional' } }, enti: { levate: { scoring } } });
}

export interface Achievement {
  recorded: number;
  /** default: the Servizio Affari Generali */
  centroId?: string;
  /** what the Nucleo validates; absent: as recorded */
  validated?: number;
  reason?: string;
}

/** An event and, when it matters, who recorded it and when. */
export type Timed = PlanEvent | { event: PlanEvent; at: string; actorId?: string };

export function foldTimed(events: Timed[]): Plan {
  let plan: Plan | undefined;
  for (const item of events) {
    const { event, context } =
      'event' in item
        ? { event: item.event, context: { recordedAt: item.at, actorId: item.actorId ?? 'segretario-levate' } as EventContext }
        : { event: item, context: { recordedAt: '2024-01-15T09:00:00.000Z', actorId: 'segretario-levate' } };
    plan = evolvePlan(plan, event, context);
  }
  return plan!;
}

/**
 * The Levate plan approved (with `extra` events, e.g. more centri, folded before the consuntivo),
 * its consuntivo recorded by Togni on 10/02/2025 and, unless `validate` is false, validated.
 */
export function levateConsuntivo(achievements: Record<string, Achievement>, options: { validate?: boolean; extra?: PlanEvent[] } = {}): Timed[] {
  const centroOf = (a: Achievement) => a.centroId ?? SERVIZIO.centroId;
  const recorded: Timed[] = Object.entries(achievements).map(([objectiveId, a]) => {
    const event = consuntivoRecorded(objectiveId, a.recorded);
    return { event: { ...event, data: { ...event.data, centroId: centroOf(a) } }, at: '2025-02-10T09:00:00.000Z', actorId: TOGNI.id };
  });
  const results: ValidationResult[] = Object.entries(achievements).map(([objectiveId, a]) => ({
    objectiveId,
    centroId: centroOf(a),
    recordedPct: a.recorded,
    validatedPct: a.validated ?? a.recorded,
    ...(a.reason ? { reason: a.reason } : {}),
  }));
  const validation: Timed[] =
    options.validate === false
      ? []
      : [{ event: { type: 'ConsuntivoValidated', data: { planId: PLAN_ID, verbale: VERBALE_NUCLEO, results } }, at: '2025-04-15T10:00:00.000Z', actorId: 'nucleo-levate' }];
  return [...approvedPlanEvents(), ...(options.extra ?? []), { type: 'ConsuntivoStarted', data: { planId: PLAN_ID } }, ...recorded, ...validation];
}

/** The four Levate objectives at 100, 80 (validated 70, with a reason), 50.5 and 0. */
export const CHOSEN: Record<string, Achievement> = {
  [OBJECTIVES.transizioneDigitale]: { recorded: 100 },
  [OBJECTIVES.tempiPagamento]: { recorded: 80, validated: 70, reason: 'Tempo medio di pagamento 34 giorni su PCC' },
  [OBJECTIVES.anticorruzione]: { recorded: 50.5 },
  [OBJECTIVES.istruzione]: { recorded: 0 },
};

/** A second settore (Servizi finanziari, with one servizio) drafted beside Levate's, 100 points in two objectives. */
export function secondSettoreEvents(): PlanEvent[] {
  const responsabile = { id: 'person-rossi', name: 'Maria Rossi', email: 'maria.rossi@levate.example' };
  return [
    { type: 'CentroAdded', data: { planId: PLAN_ID, centroId: 'centro-fin', code: 'FIN', name: 'Servizi finanziari', kind: 'responsabilita', responsabile } },
    {
      type: 'CentroAdded',
      data: { planId: PLAN_ID, centroId: 'centro-trib', code: 'TRIB', name: 'Servizio tributi', kind: 'attivita', parentCode: 'FIN', responsabile },
    },
    objectiveDrafted({ centroId: 'centro-trib', objectiveId: 'obj-imu', title: 'Recupero evasione IMU', points: 60, indicators: [{ description: 'Accertamenti', target: '120' }] }),
    objectiveDrafted({ centroId: 'centro-trib', objectiveId: 'obj-tari', title: 'Bollettazione TARI', points: 40, indicators: [{ description: 'Avvisi', target: 'entro aprile' }] }),
  ];
}
