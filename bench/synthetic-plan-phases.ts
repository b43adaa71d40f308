import { EVENT_SCHEMA_VERSIONS, type PlanEvent, type PlanEventType } from '@ciclo/domain';
import type { EventToAppend } from '@ciclo/event-store';

/**
 * The phases of one plan's year for the synthetic benchmark log: creation, the drafting of each
 * of three centri (activities, indicator history, resources, objectives, submission), approval by
 * delibera, monitoring, a variation, consuntivo with the Nucleo's validation, and the Relazione.
 * Approvals also write to the ente's delibera registry, as the API does.
 */
export interface Step {
  stream: string;
  events: EventToAppend[];
}
export type Phase = (plan: PlanSeed) => Step[];

export interface PlanSeed {
  planId: string;
  enteCode: string;
  year: number;
  index: number;
}

/** three plans (years) per ente */
export function planSeed(index: number): PlanSeed {
  const enteCode = `ente${Math.floor(index / 3)}`;
  const year = 2022 + (index % 3);
  return { planId: `${enteCode}-${year}`, enteCode, year, index };
}

type Actor = { id: string; role: string };
type Data<T extends PlanEventType> = Extract<PlanEvent, { type: T }>['data'];

const CENTRI = ['Affari Generali', 'Servizi Finanziari', 'Tecnico Manutentivo'];
const OBJECTIVE_POINTS = [55, 30, 5, 10];
const ACTIVITIES = 6;
const INDICATORS = 4;
const HISTORY_YEARS = [2020, 2021, 2022, 2023];

/** the command each event answers, as the API records it in metadata.commandType */
const COMMAND_OF: Partial<Record<PlanEventType, string>> = {
  PlanCreated: 'CreatePlan',
  CentroAdded: 'AddCentro',
  ServiceDescribed: 'DescribeService',
  ActivityAdded: 'AddActivity',
  ActivityIndicatorDefined: 'DefineActivityIndicator',
  IndicatorValueRecorded: 'RecordIndicatorValue',
  ResourcesRecorded: 'RecordResources',
  ObjectiveDrafted: 'DraftObjective',
  ObjectiveRevised: 'ReviseObjective',
  CentroSubmitted: 'SubmitCentro',
  PlanProposed: 'ProposePlan',
  PlanApproved: 'ApprovePlan',
  MonitoringRecorded: 'RecordMonitoring',
  VariationOpened: 'OpenVariation',
  VariationApproved: 'ApproveVariation',
  ConsuntivoStarted: 'StartConsuntivo',
  ConsuntivoRecorded: 'RecordConsuntivo',
  ConsuntivoValidated: 'ValidateConsuntivo',
  RelazioneApproved: 'ApproveRelazione',
  RelazioneValidated: 'ValidateRelazione',
};

let sequence = 0;
/** uuid-shaped ids in ascending order: the store's unique index on event ids then grows at its end */
function nextId(): string {
  return `00000000-0000-4000-8000-${(sequence++).toString(16).padStart(12, '0')}`;
}

function event<T extends PlanEventType>(type: T, data: Data<T>, recordedAt: string, actor: Actor): EventToAppend {
  const commandId = nextId();
  const metadata = { actorId: actor.id, actorRole: actor.role, commandId, correlationId: commandId, causationId: commandId };
  return {
    id: nextId(),
    type,
    schemaVersion: EVENT_SCHEMA_VERSIONS[type],
    data,
    metadata: { ...metadata, recordedAt, commandType: COMMAND_OF[type] ?? type },
  };
}

const segretario = (p: PlanSeed): Actor => ({ id: `segretario-${p.enteCode}`, role: 'segretario' });
const responsabile = (p: PlanSeed, c: number): Actor => ({ id: `resp-${p.enteCode}-${c}`, role: 'responsabile' });
const giunta = (p: PlanSeed): Actor => ({ id: `sindaco-${p.enteCode}`, role: 'giunta' });
const nucleo: Actor = { id: 'nucleo-bergamo', role: 'nucleo' };
const centroId = (p: PlanSeed, c: number) => `${p.planId}-c${c}`;
const objectiveId = (p: PlanSeed, c: number, o: number) => `${p.planId}-c${c}-o${o}`;
const at = (p: PlanSeed, monthDay: string, yearsLater = 0) => `${p.year + yearsLater}-${monthDay}T10:00:00.000Z`;
const planStep = (p: PlanSeed, ...events: EventToAppend[]): Step => ({ stream: `plan-${p.planId}`, events });

function deliberaRegistered(p: PlanSeed, numero: number, data: string, purpose: string): Step {
  const id = nextId();
  const key = { organo: 'giunta', numero, year: Number(data.slice(0, 4)) };
  return {
    stream: `delibere-${p.enteCode}`,
    events: [
      {
        id,
        type: 'DeliberaRegistered',
        schemaVersion: EVENT_SCHEMA_VERSIONS.DeliberaRegistered,
        data: { ...key, enteCode: p.enteCode, data, planId: p.planId, commandId: id, purpose },
        metadata: {
          actorId: giunta(p).id,
          actorRole: 'giunta',
          commandId: id,
          correlationId: id,
          causationId: id,
          recordedAt: `${data}T09:00:00.000Z`,
        },
      },
    ],
  };
}

const created: Phase = (p) => [
  planStep(
    p,
    event(
      'PlanCreated',
      { planId: p.planId, ente: { code: p.enteCode, name: `Comune ${p.enteCode}`, provincia: 'BG' }, year: p.year, triennio: [p.year, p.year + 2] },
      at(p, '01-08'),
      segretario(p),
    ),
  ),
];

function resourceTable(kind: 'strumentali' | 'umane') {
  const count = (value: number) => ({ kind: 'count' as const, value });
  return {
    columns: [
      { label: 'Situazione 31.12.2022', date: '2022-12-31' },
      { label: 'Situazione 31.12.2023', date: '2023-12-31' },
      { label: 'Situazione attuale' },
    ],
    rows: [
      { category: kind === 'umane' ? 'Cat. C – istruttore amministrativo' : 'Postazioni uffici', values: [count(3), count(3), count(4)] },
      { category: kind === 'umane' ? 'Cat. D – istruttore direttivo' : 'Stampanti di rete', values: [count(1), { kind: 'text' as const, text: 'Vacante' }, count(1)] },
    ],
  };
}

function objectiveFields(p: PlanSeed, c: number, o: number) {
  return {
    title: `Obiettivo ${o + 1} del servizio ${CENTRI[c]}`,
    points: OBJECTIVE_POINTS[o],
    expectedPerformance: 'Rispetto dei tempi medi di pagamento (PCC) e pubblicazione in Amministrazione Trasparente',
    measures: o === 0 ? ['Misura 1.4.1', 'Misura 1.4.3'] : [],
    indicators: [{ description: 'tempo medio di pagamento', target: '<= 30 giorni' }],
    referenceYears: [p.year],
    ...(o === 1 ? { deadline: `${p.year}-10-31` } : {}),
  };
}

const drafting = (c: number): Phase => (p) => {
  const when = at(p, `01-${10 + c}`);
  const who = responsabile(p, c);
  const ids = { planId: p.planId, centroId: centroId(p, c) };
  const person = { id: who.id, name: `Responsabile ${c}`, email: `${who.id}@comune.example.org` };
  const events = [
    event('CentroAdded', { ...ids, code: `C${c}`, name: `Servizio ${CENTRI[c]}`, kind: 'attivita', responsabile: person }, when, segretario(p)),
    event('ServiceDescribed', { ...ids, description: `Il Servizio ${CENTRI[c]} gestisce il supporto agli organi, il protocollo e i contratti.` }, when, who),
  ];
  for (let a = 1; a <= ACTIVITIES; a++) {
    const subItems = a % 3 === 0 ? ['Consiglio Comunale: ordine del giorno', 'Giunta Comunale: deliberazioni'] : [];
    const description = `Attività ${a}: pratiche e adempimenti del servizio ${CENTRI[c]}`;
    events.push(event('ActivityAdded', { ...ids, activityId: `${ids.centroId}-a${a}`, number: a, description, subItems }, when, who));
  }
  for (let i = 1; i <= INDICATORS; i++) {
    const indicatorId = `${ids.centroId}-i${i}`;
    events.push(event('ActivityIndicatorDefined', { ...ids, indicatorId, area: `Area ${i}`, description: `n. pratiche (${i})`, activityNumber: i }, when, who));
    for (const year of HISTORY_YEARS) {
      const value = i === 2 ? { kind: 'euro' as const, cents: 31_968_010 + year } : { kind: 'count' as const, value: 4_000 + (p.index % 700) };
      events.push(event('IndicatorValueRecorded', { ...ids, indicatorId, year, value }, when, who));
    }
  }
  for (const kind of ['strumentali', 'umane'] as const) {
    events.push(event('ResourcesRecorded', { ...ids, kind, table: resourceTable(kind) }, when, who));
  }
  OBJECTIVE_POINTS.forEach((_, o) => {
    events.push(event('ObjectiveDrafted', { ...ids, objectiveId: objectiveId(p, c, o), ...objectiveFields(p, c, o) }, when, who));
  });
  const revised = { title: `Obiettivo 3 rivisto (${CENTRI[c]})` };
  events.push(event('ObjectiveRevised', { ...ids, objectiveId: objectiveId(p, c, 2), changes: revised }, when, who));
  events.push(event('CentroSubmitted', { ...ids, totalPoints: 100 }, at(p, '02-01'), who));
  return [planStep(p, ...events)];
};

const approval: Phase = (p) => {
  const delibera = { organo: 'giunta' as const, numero: 28, data: `${p.year}-04-09` };
  return [
    planStep(p, event('PlanProposed', { planId: p.planId }, at(p, '03-15'), segretario(p))),
    deliberaRegistered(p, delibera.numero, delibera.data, 'PlanApproved'),
    planStep(p, event('PlanApproved', { planId: p.planId, delibera }, at(p, '04-09'), giunta(p))),
  ];
};

function everyObjective<T>(make: (c: number, o: number) => T): T[] {
  return CENTRI.flatMap((_, c) => OBJECTIVE_POINTS.map((__, o) => make(c, o)));
}

const monitoring: Phase = (p) => [
  planStep(
    p,
    ...everyObjective((c, o) => {
      const data = { planId: p.planId, centroId: centroId(p, c), objectiveId: objectiveId(p, c, o) };
      return event('MonitoringRecorded', { ...data, progressPct: 40 + o * 10, notes: 'in linea con il cronoprogramma' }, at(p, '07-20'), responsabile(p, c));
    }),
  ),
];

const variation: Phase = (p) => {
  const variationId = `${p.planId}-v1`;
  const delibera = { organo: 'giunta' as const, numero: 75, data: `${p.year}-09-10` };
  const revised = { planId: p.planId, centroId: centroId(p, 0), objectiveId: objectiveId(p, 0, 3) };
  return [
    planStep(
      p,
      event('VariationOpened', { planId: p.planId, variationId, reason: 'assestamento di bilancio' }, at(p, '09-01'), segretario(p)),
      event('ObjectiveRevised', { ...revised, changes: { expectedPerformance: 'Nuova scadenza' } }, at(p, '09-02'), responsabile(p, 0)),
    ),
    deliberaRegistered(p, delibera.numero, delibera.data, 'VariationApproved'),
    planStep(p, event('VariationApproved', { planId: p.planId, variationId, delibera }, at(p, '09-10'), giunta(p))),
  ];
};

const consuntivo: Phase = (p) => {
  const achieved = (o: number) => 100 - o * 5;
  const objective = (c: number, o: number) => ({ centroId: centroId(p, c), objectiveId: objectiveId(p, c, o) });
  const delibera = { organo: 'giunta' as const, numero: 40, data: `${p.year + 1}-04-28` };
  const results = everyObjective((c, o) => ({ ...objective(c, o), recordedPct: achieved(o), validatedPct: achieved(o) }));
  return [
    planStep(
      p,
      event('ConsuntivoStarted', { planId: p.planId }, at(p, '01-15', 1), segretario(p)),
      ...everyObjective((c, o) =>
        event(
          'ConsuntivoRecorded',
          { planId: p.planId, ...objective(c, o), achievementPct: achieved(o), evidence: 'Dati PCC', indicatorValues: [{ indicator: 0, value: '24 giorni' }] },
          at(p, '02-10', 1),
          responsabile(p, c),
        ),
      ),
      event('ConsuntivoValidated', { planId: p.planId, verbale: { data: `${p.year + 1}-03-20`, numero: '3' }, results }, at(p, '03-20', 1), nucleo),
    ),
    deliberaRegistered(p, delibera.numero, delibera.data, 'RelazioneApproved'),
    planStep(
      p,
      event('RelazioneApproved', { planId: p.planId, delibera }, at(p, '04-28', 1), giunta(p)),
      event('RelazioneValidated', { planId: p.planId, documento: { data: `${p.year + 1}-05-15` } }, at(p, '05-15', 1), nucleo),
    ),
  ];
};

export const PLAN_PHASES: readonly Phase[] = [created, ...CENTRI.map((_, c) => drafting(c)), approval, monitoring, variation, consuntivo];
