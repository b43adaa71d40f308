import {
  CentroAdded,
  ConsuntivoRecorded,
  ObjectiveDrafted,
  PlanCreated,
  PlanEvent,
  ValidationResult,
} from '../events/plan-events';
import { PlanCommand, PlanCommandType } from '../commands/plan-commands';
import { Ente, Person } from '../values/actor';
import { Delibera, NucleoDocument } from '../values/delibera';

/**
 * Ready-made event lists for tests, built from the Levate 2024 plan (Servizio Affari Generali,
 * Delibera di Giunta n. 28 del 09/04/2024). Each stage extends the previous one.
 */
export const PLAN_ID = 'plan-levate-2024';
export const LEVATE: Ente = { code: 'levate', name: 'Comune di Levate', provincia: 'BG' };
export const TOGNI: Person = { id: 'person-togni', name: 'Roberto Togni', email: 'roberto.togni@levate.example' };

export const SETTORE = { centroId: 'centro-agssp', code: 'AGSSP' } as const;
export const SERVIZIO = { centroId: 'centro-ag', code: 'AG' } as const;

export const OBJECTIVES = {
  transizioneDigitale: 'obj-transizione-digitale',
  tempiPagamento: 'obj-tempi-pagamento',
  anticorruzione: 'obj-anticorruzione',
  istruzione: 'obj-istruzione',
} as const;

export const ACTIVITY_PROTOCOLLO = 'act-protocollo';
export const INDICATOR_PROTOCOLLI_ENTRATA = 'ind-protocolli-entrata';
export const VARIATION_ID = 'var-2024-1';

export const DELIBERA_28: Delibera = { organo: 'giunta', numero: 28, data: '2024-04-09' };
export const DELIBERA_VARIATION: Delibera = { organo: 'giunta', numero: 112, data: '2024-11-20' };
export const DELIBERA_RELAZIONE: Delibera = { organo: 'giunta', numero: 61, data: '2025-05-27' };
/** The Consiglio approves the Piano di Diritto allo Studio a.s. 2024/2025: the Istruzione objective's milestone. */
export const DELIBERA_PDS: Delibera = { organo: 'consiglio', numero: 41, data: '2024-10-24' };
/** The Consiglio approves the Bilancio di Previsione 2024-2026. */
export const DELIBERA_BILANCIO: Delibera = { organo: 'consiglio', numero: 9, data: '2024-03-14' };
export const VERBALE_NUCLEO: NucleoDocument = { data: '2025-04-15', numero: '3/2025' };
export const DOCUMENTO_VALIDAZIONE: NucleoDocument = { data: '2025-06-10', numero: '5/2025' };

/** A command against the fixture plan, e.g. planCommand('SubmitCentro', { centroId: SERVIZIO.centroId }). */
export function planCommand<T extends PlanCommandType>(
  type: T,
  data: Extract<PlanCommand, { type: T }>['data'],
): Extract<PlanCommand, { type: T }> {
  return { type, planId: PLAN_ID, data } as Extract<PlanCommand, { type: T }>;
}

export function planCreated(overrides: Partial<PlanCreated['data']> = {}): PlanCreated {
  return { type: 'PlanCreated', data: { planId: PLAN_ID, ente: LEVATE, year: 2024, triennio: [2024, 2026], ...overrides } };
}

export function settoreAdded(): CentroAdded {
  return {
    type: 'CentroAdded',
    data: {
      planId: PLAN_ID,
      ...SETTORE,
      name: 'Affari Generali, Socio-culturali e sportivi e servizi alla persona',
      kind: 'responsabilita',
      responsabile: TOGNI,
    },
  };
}

export function servizioAdded(): CentroAdded {
  return {
    type: 'CentroAdded',
    data: {
      planId: PLAN_ID,
      ...SERVIZIO,
      name: 'Servizio Affari Generali',
      kind: 'attivita',
      parentCode: SETTORE.code,
      responsabile: TOGNI,
    },
  };
}

export function objectiveDrafted(overrides: Partial<ObjectiveDrafted['data']> = {}): ObjectiveDrafted {
  return {
    type: 'ObjectiveDrafted',
    data: {
      planId: PLAN_ID,
      centroId: SERVIZIO.centroId,
      objectiveId: OBJECTIVES.transizioneDigitale,
      title: 'Transizione digitale',
      points: 55,
      expectedPerformance: 'Istruttoria per ottenere i finanziamenti PNRR per la transizione digitale',
      measures: ['Misura 1.4.4 Spid_Cie', 'Misura 1.4.3 PagoPa', 'Misura 1.4.3 AppIO', 'M1C1 Abilitazione al Cloud'],
      indicators: [{ description: 'Ottenimento finanziamento bandi PNRR per transizione digitale (conclusione attività)' }],
      referenceYears: [2024],
      ...overrides,
    },
  };
}

/** The four objectives of the seed: 55 + 30 + 5 + 10 = 100 points. */
export function levateObjectives(): ObjectiveDrafted[] {
  return [
    objectiveDrafted(),
    objectiveDrafted({
      objectiveId: OBJECTIVES.tempiPagamento,
      title: 'Rispetto dei tempi di pagamento',
      points: 30,
      expectedPerformance: 'Liquidazione delle fatture entro 30 giorni dalla data di ricezione',
      measures: [],
      indicators: [{ description: 'Dati riscontrati sulla piattaforma PCC', target: '30 giorni' }],
      referenceYears: [2024, 2025, 2026],
    }),
    objectiveDrafted({
      objectiveId: OBJECTIVES.anticorruzione,
      title: 'Normativa in tema di lotta alla corruzione e di trasparenza',
      points: 5,
      expectedPerformance: 'Attuazione del Piano Triennale di Prevenzione della Corruzione e per la trasparenza',
      measures: [],
      indicators: [{ description: 'Caricamento dei dati obbligatori su AT' }],
      referenceYears: [2024, 2025, 2026],
    }),
    objectiveDrafted({
      objectiveId: OBJECTIVES.istruzione,
      title: 'Istruzione',
      points: 10,
      expectedPerformance: 'Approvazione in Consiglio del Piano di Diritto allo Studio a.s. 2024/2025',
      measures: [],
      indicators: [{ description: 'Delibera di Consiglio di approvazione del PDS', target: 'entro ottobre 2024' }],
      referenceYears: [2024],
      deadline: '2024-10-31',
    }),
  ];
}

/** Created, settore and servizio added, the servizio described with one activity and indicator, 100 points drafted. */
export function draftingPlanEvents(): PlanEvent[] {
  return [
    planCreated(),
    settoreAdded(),
    servizioAdded(),
    {
      type: 'ServiceDescribed',
      data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, description: 'Il Servizio gestisce servizi di supporto al Sindaco, alla Giunta, al Segretario Comunale ed al Consiglio Comunale.' },
    },
    {
      type: 'ActivityAdded',
      data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, activityId: ACTIVITY_PROTOCOLLO, number: 1, description: 'Protocollazione notificazione atti', subItems: [] },
    },
    {
      type: 'ActivityIndicatorDefined',
      data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, indicatorId: INDICATOR_PROTOCOLLI_ENTRATA, area: 'Atti protocollati', description: 'n. protocolli in entrata', activityNumber: 1 },
    },
    {
      type: 'IndicatorValueRecorded',
      data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, indicatorId: INDICATOR_PROTOCOLLI_ENTRATA, year: 2023, value: { kind: 'count', value: 4897 } },
    },
    ...levateObjectives(),
  ];
}

export function submittedPlanEvents(): PlanEvent[] {
  return [...draftingPlanEvents(), { type: 'CentroSubmitted', data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, totalPoints: 100 } }];
}

export function proposedPlanEvents(): PlanEvent[] {
  return [...submittedPlanEvents(), { type: 'PlanProposed', data: { planId: PLAN_ID } }];
}

export function approvedPlanEvents(): PlanEvent[] {
  return [...proposedPlanEvents(), { type: 'PlanApproved', data: { planId: PLAN_ID, delibera: DELIBERA_28 } }];
}

export function openVariationEvents(): PlanEvent[] {
  return [
    ...approvedPlanEvents(),
    { type: 'VariationOpened', data: { planId: PLAN_ID, variationId: VARIATION_ID, reason: 'Nuovo bando PNRR: pesi da rivedere' } },
  ];
}

export function consuntivoStartedEvents(): PlanEvent[] {
  return [...approvedPlanEvents(), { type: 'ConsuntivoStarted', data: { planId: PLAN_ID } }];
}

export function consuntivoRecorded(objectiveId: string, achievementPct: number): ConsuntivoRecorded {
  return {
    type: 'ConsuntivoRecorded',
    data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, objectiveId, achievementPct, evidence: `Relazione del responsabile: ${achievementPct}%`, indicatorValues: [] },
  };
}

/** Recorded: 100, 90, 100, 100. */
export function consuntivoRecordedEvents(): PlanEvent[] {
  return [
    ...consuntivoStartedEvents(),
    consuntivoRecorded(OBJECTIVES.transizioneDigitale, 100),
    consuntivoRecorded(OBJECTIVES.tempiPagamento, 90),
    consuntivoRecorded(OBJECTIVES.anticorruzione, 100),
    consuntivoRecorded(OBJECTIVES.istruzione, 100),
  ];
}

/** The Nucleo lowers the tempi di pagamento to 80%: the centro scores 55 + 24 + 5 + 10 = 94. */
export function validationResults(): ValidationResult[] {
  const result = (objectiveId: string, recordedPct: number, validatedPct = recordedPct, reason?: string): ValidationResult => ({
    objectiveId,
    centroId: SERVIZIO.centroId,
    recordedPct,
    validatedPct,
    ...(reason ? { reason } : {}),
  });
  return [
    result(OBJECTIVES.transizioneDigitale, 100),
    result(OBJECTIVES.tempiPagamento, 90, 80, 'PCC: tempo medio di pagamento 34 giorni nel quarto trimestre'),
    result(OBJECTIVES.anticorruzione, 100),
    result(OBJECTIVES.istruzione, 100),
  ];
}

export function consuntivoValidatedEvents(): PlanEvent[] {
  return [
    ...consuntivoRecordedEvents(),
    { type: 'ConsuntivoValidated', data: { planId: PLAN_ID, verbale: VERBALE_NUCLEO, results: validationResults() } },
  ];
}

export function relazioneApprovedEvents(): PlanEvent[] {
  return [...consuntivoValidatedEvents(), { type: 'RelazioneApproved', data: { planId: PLAN_ID, delibera: DELIBERA_RELAZIONE } }];
}

export function closedPlanEvents(): PlanEvent[] {
  return [...relazioneApprovedEvents(), { type: 'RelazioneValidated', data: { planId: PLAN_ID, documento: DOCUMENTO_VALIDAZIONE } }];
}
