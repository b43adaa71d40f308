import { EVENT_SCHEMA_VERSIONS, type PlanEvent } from '@ciclo/domain';
import Database from 'better-sqlite3';
import { SqliteEventStore, type EventToAppend } from '@ciclo/event-store';

/**
 * A realistic event log for benchmarks: many comuni's plans, each going through the whole cycle
 * (drafting of three centri with activities, indicator history and resources, objectives,
 * submission, approval by delibera, monitoring, a variation, consuntivo, validation, Relazione).
 * Plans advance phase by phase side by side, so their events interleave in the global order as
 * they do in a real year, and every approval also writes to the ente's delibera registry.
 */
type Step = { stream: string; events: EventToAppend[] };
type Phase = (plan: PlanSeed) => Step[];

interface PlanSeed {
  planId: string;
  enteCode: string;
  year: number;
  index: number;
}

const CENTRI = ['Affari Generali', 'Servizi Finanziari', 'Tecnico Manutentivo'];
const OBJECTIVE_POINTS = [55, 30, 5, 10];
const ACTIVITIES = 6;
const INDICATORS = 4;
const HISTORY_YEARS = [2020, 2021, 2022, 2023];

let sequence = 0;
/** uuid-shaped ids in ascending order: the store's unique index on event ids then grows at its end */
function nextId(): string {
  const hex = (sequence++).toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

function event<T extends PlanEvent['type']>(
  type: T,
  data: Extract<PlanEvent, { type: T }>['data'],
  at: string,
  actor: { id: string; role: string },
): EventToAppend {
  const commandId = nextId();
  return {
    id: nextId(),
    type,
    schemaVersion: EVENT_SCHEMA_VERSIONS[type],
    data,
    metadata: {
      actorId: actor.id,
      actorRole: actor.role,
      commandId,
      correlationId: commandId,
      causationId: commandId,
      recordedAt: at,
      commandType: type,
    },
  };
}

const segretario = (p: PlanSeed) => ({ id: `segretario-${p.enteCode}`, role: 'segretario' });
const responsabile = (p: PlanSeed, c: number) => ({ id: `resp-${p.enteCode}-${c}`, role: 'responsabile' });
const giunta = (p: PlanSeed) => ({ id: `sindaco-${p.enteCode}`, role: 'giunta' });
const nucleo = { id: 'nucleo-bergamo', role: 'nucleo' };
const centroId = (p: PlanSeed, c: number) => `${p.planId}-c${c}`;
const objectiveId = (p: PlanSeed, c: number, o: number) => `${p.planId}-c${c}-o${o}`;
const day = (p: PlanSeed, monthDay: string, yearOffset = 0) => `${p.year + yearOffset}-${monthDay}T10:00:00.000Z`;

function deliberaStep(p: PlanSeed, numero: number, data: string, purpose: string): Step {
  const id = nextId();
  return {
    stream: `delibere-${p.enteCode}`,
    events: [
      {
        id,
        type: 'DeliberaRegistered',
        schemaVersion: EVENT_SCHEMA_VERSIONS.DeliberaRegistered,
        data: { organo: 'giunta', numero, year: Number(data.slice(0, 4)), enteCode: p.enteCode, data, planId: p.planId, commandId: id, purpose },
        metadata: { actorId: giunta(p).id, actorRole: 'giunta', commandId: id, correlationId: id, causationId: id, recordedAt: `${data}T09:00:00.000Z` },
      },
    ],
  };
}

const created: Phase = (p) => [
  {
    stream: `plan-${p.planId}`,
    events: [
      event('PlanCreated', { planId: p.planId, ente: { code: p.enteCode, name: `Comune ${p.enteCode}`, provincia: 'BG' }, year: p.year, triennio: [p.year, p.year + 2] }, day(p, '01-08', -0), segretario(p)),
    ],
  },
];

const drafting = (c: number): Phase => (p) => {
  const at = day(p, `01-${String(10 + c).padStart(2, '0')}`);
  const who = responsabile(p, c);
  const planId = p.planId;
  const cId = centroId(p, c);
  const events: EventToAppend[] = [
    event('CentroAdded', { planId, centroId: cId, code: `C${c}`, name: `Servizio ${CENTRI[c]}`, kind: 'attivita', responsabile: { id: who.id, name: `Responsabile ${c}`, email: `${who.id}@comune.example.org` } }, at, segretario(p)),
    event('ServiceDescribed', { planId, centroId: cId, description: `Il Servizio ${CENTRI[c]} gestisce le attività di supporto agli organi, il protocollo, l'archivio e i contratti di competenza.` }, at, who),
  ];
  for (let a = 1; a <= ACTIVITIES; a++) {
    events.push(event('ActivityAdded', { planId, centroId: cId, activityId: `${cId}-a${a}`, number: a, description: `Attività ${a}: gestione delle pratiche e degli adempimenti del servizio ${CENTRI[c]}`, subItems: a % 3 === 0 ? ['Consiglio Comunale: ordine del giorno', 'Giunta Comunale: deliberazioni'] : [] }, at, who));
  }
  for (let i = 1; i <= INDICATORS; i++) {
    const indicatorId = `${cId}-i${i}`;
    events.push(event('ActivityIndicatorDefined', { planId, centroId: cId, indicatorId, area: `Area ${i}`, description: `n. pratiche gestite (${i})`, activityNumber: i }, at, who));
    for (const year of HISTORY_YEARS) {
      const value = i === 2 ? { kind: 'euro' as const, cents: 31_968_010 + year } : { kind: 'count' as const, value: 4_000 + p.index % 700 + year % 10 };
      events.push(event('IndicatorValueRecorded', { planId, centroId: cId, indicatorId, year, value }, at, who));
    }
  }
  for (const kind of ['strumentali', 'umane'] as const) {
    const table = {
      columns: [{ label: 'Situazione 31.12.2022', date: '2022-12-31' }, { label: 'Situazione 31.12.2023', date: '2023-12-31' }, { label: 'Situazione attuale' }],
      rows: [
        { category: kind === 'umane' ? 'Cat. C – istruttore amministrativo' : 'Postazioni uffici', values: [{ kind: 'count' as const, value: 3 }, { kind: 'count' as const, value: 3 }, { kind: 'count' as const, value: 4 }] },
        { category: kind === 'umane' ? 'Cat. D – istruttore direttivo' : 'Stampanti di rete', values: [{ kind: 'count' as const, value: 1 }, { kind: 'text' as const, text: 'Vacante' }, { kind: 'count' as const, value: 1 }] },
      ],
    };
    events.push(event('ResourcesRecorded', { planId, centroId: cId, kind, table }, at, who));
  }
  OBJECTIVE_POINTS.forEach((points, o) => {
    events.push(event('ObjectiveDrafted', {
      planId, centroId: cId, objectiveId: objectiveId(p, c, o), title: `Obiettivo ${o + 1} del servizio ${CENTRI[c]}`, points,
      expectedPerformance: 'Rispetto dei tempi medi di pagamento (PCC) e pubblicazione in Amministrazione Trasparente',
      measures: o === 0 ? ['Misura 1.4.1', 'Misura 1.4.3'] : [], indicators: [{ description: 'tempo medio di pagamento', target: '<= 30 giorni' }],
      referenceYears: [p.year], ...(o === 1 ? { deadline: `${p.year}-10-31` } : {}),
    }, at, who));
  });
  events.push(event('ObjectiveRevised', { planId, centroId: cId, objectiveId: objectiveId(p, c, 2), changes: { title: `Obiettivo 3 rivisto (${CENTRI[c]})` } }, at, who));
  events.push(event('CentroSubmitted', { planId, centroId: cId, totalPoints: 100 }, day(p, '02-01'), who));
  return [{ stream: `plan-${planId}`, events }];
};

const approval: Phase = (p) => [
  { stream: `plan-${p.planId}`, events: [event('PlanProposed', { planId: p.planId }, day(p, '03-15'), segretario(p))] },
  deliberaStep(p, 28, `${p.year}-04-09`, 'PlanApproved'),
  { stream: `plan-${p.planId}`, events: [event('PlanApproved', { planId: p.planId, delibera: { organo: 'giunta', numero: 28, data: `${p.year}-04-09` } }, day(p, '04-09'), giunta(p))] },
];

const everyObjective = (p: PlanSeed, make: (c: number, o: number) => EventToAppend) =>
  CENTRI.flatMap((_, c) => OBJECTIVE_POINTS.map((__, o) => make(c, o)));

const monitoring: Phase = (p) => [
  { stream: `plan-${p.planId}`, events: everyObjective(p, (c, o) => event('MonitoringRecorded', { planId: p.planId, centroId: centroId(p, c), objectiveId: objectiveId(p, c, o), progressPct: 40 + o * 10, notes: 'in linea con il cronoprogramma' }, day(p, '07-20'), responsabile(p, c))) },
];

const variation: Phase = (p) => [
  { stream: `plan-${p.planId}`, events: [
    event('VariationOpened', { planId: p.planId, variationId: `${p.planId}-v1`, reason: 'assestamento di bilancio' }, day(p, '09-01'), segretario(p)),
    event('ObjectiveRevised', { planId: p.planId, centroId: centroId(p, 0), objectiveId: objectiveId(p, 0, 3), changes: { expectedPerformance: 'Nuova scadenza a seguito di assestamento' } }, day(p, '09-02'), responsabile(p, 0)),
  ] },
  deliberaStep(p, 75, `${p.year}-09-10`, 'VariationApproved'),
  { stream: `plan-${p.planId}`, events: [event('VariationApproved', { planId: p.planId, variationId: `${p.planId}-v1`, delibera: { organo: 'giunta', numero: 75, data: `${p.year}-09-10` } }, day(p, '09-10'), giunta(p))] },
];

const consuntivo: Phase = (p) => [
  { stream: `plan-${p.planId}`, events: [
    event('ConsuntivoStarted', { planId: p.planId }, day(p, '01-15', 1), segretario(p)),
    ...everyObjective(p, (c, o) => event('ConsuntivoRecorded', { planId: p.planId, centroId: centroId(p, c), objectiveId: objectiveId(p, c, o), achievementPct: 100 - o * 5, evidence: 'Relazione del responsabile e dati PCC', indicatorValues: [{ indicator: 0, value: '24 giorni' }] }, day(p, '02-10', 1), responsabile(p, c))),
    event('ConsuntivoValidated', { planId: p.planId, verbale: { data: `${p.year + 1}-03-20`, numero: '3' }, results: CENTRI.flatMap((_, c) => OBJECTIVE_POINTS.map((__, o) => ({ centroId: centroId(p, c), objectiveId: objectiveId(p, c, o), recordedPct: 100 - o * 5, validatedPct: 100 - o * 5 }))) }, day(p, '03-20', 1), nucleo),
  ] },
  deliberaStep(p, 40, `${p.year + 1}-04-28`, 'RelazioneApproved'),
  { stream: `plan-${p.planId}`, events: [
    event('RelazioneApproved', { planId: p.planId, delibera: { organo: 'giunta', numero: 40, data: `${p.year + 1}-04-28` } }, day(p, '04-28', 1), giunta(p)),
    event('RelazioneValidated', { planId: p.planId, documento: { data: `${p.year + 1}-05-15` } }, day(p, '05-15', 1), nucleo),
  ] },
];

const PHASES: Phase[] = [created, ...CENTRI.map((_, c) => drafting(c)), approval, monitoring, variation, consuntivo];

/**
 * Writes about `events` events (whole steps; the last plans may stop mid-cycle) into a new store
 * file and returns how many. Rows go straight into the store's `events` table in big
 * transactions: appending a million events through the port would take minutes of fsyncs and
 * measure the store, not the projections. Positions and revisions are what appends would give.
 */
export async function writeSyntheticPlanLog(path: string, events: number): Promise<number> {
  await SqliteEventStore.open({ path }).close(); // creates the schema
  const db = new Database(path);
  const insert = db.prepare(
    `INSERT INTO events (event_id, stream_name, revision, type, schema_version, data, metadata)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const revisions = new Map<string, number>();
  const writeSteps = db.transaction((steps: Step[]) => {
    for (const { stream, events: stepEvents } of steps) {
      let revision = revisions.get(stream) ?? -1;
      for (const e of stepEvents) {
        insert.run(e.id, stream, ++revision, e.type, e.schemaVersion, JSON.stringify(e.data), JSON.stringify(e.metadata));
      }
      revisions.set(stream, revision);
    }
  });
  const perPlan = PHASES.reduce((sum, phase) => sum + phase(seed(0)).reduce((n, step) => n + step.events.length, 0), 0);
  const plans = Math.max(1, Math.ceil(events / perPlan));
  let written = 0;
  try {
    for (const phase of PHASES) {
      for (let i = 0; i < plans && written < events; i += 500) {
        const steps = Array.from({ length: Math.min(500, plans - i) }, (_, k) => phase(seed(i + k))).flat();
        writeSteps(steps);
        written += steps.reduce((n, step) => n + step.events.length, 0);
      }
    }
  } finally {
    db.close();
  }
  return written;
}

function seed(index: number): PlanSeed {
  const enteCode = `ente${Math.floor(index / 3)}`;
  const year = 2022 + (index % 3);
  return { planId: `${enteCode}-${year}`, enteCode, year, index };
}
