import { randomUUID } from 'node:crypto';
import { EVENT_SCHEMA_VERSIONS, type Delibera, type ObjectiveFields } from '@ciclo/domain';
import type { EventStore, EventToAppend } from '@ciclo/event-store';
import { planStreamName } from '../plan-projection/plan-stream';
import { planEvent } from './plan-event';

export const DELIBERA_28: Delibera = { organo: 'giunta', numero: 28, data: '2024-04-09' };
export const DELIBERA_75: Delibera = { organo: 'giunta', numero: 75, data: '2024-09-10' };

const TOGNI = { id: 'person-roberto-togni', role: 'responsabile' };
const GIUNTA = { id: 'person-sindaco', role: 'giunta' };
const NUCLEO = { id: 'person-nucleo', role: 'nucleo' };
const LEVATE = { code: 'levate', name: 'Comune di Levate', provincia: 'BG' };

function objective(title: string, points: number): ObjectiveFields {
  return {
    title,
    points,
    expectedPerformance: `${title}: realizzazione entro l'anno`,
    measures: [],
    indicators: [{ description: 'rispetto dei tempi', target: '100%' }],
    referenceYears: [2024],
  };
}

/** A step is a plan event, or an event of the ente's delibera registry (stream `delibere-levate`). */
type Step = [name: string, event: EventToAppend, stream?: string];

/** The Levate 2024 plan from drafting to the Nucleo's validation, step by step. */
function levateSteps(planId: string, year: number): Step[] {
  const p = { planId };
  const ag = { planId, centroId: 'c-ag' };
  const fin = { planId, centroId: 'c-fin' };
  const togni = { id: TOGNI.id, name: 'Roberto Togni', email: 'togni@example.org' };
  const ragioniere = { id: 'person-rag', name: 'Ragioniere', email: 'rag@example.org' };
  const at = (iso: string, more: object = {}) => ({ at: iso, ...more });
  return [
    ['created', planEvent('PlanCreated', { ...p, ente: LEVATE, year, triennio: [year, year + 2] }, at('2024-01-10T09:00:00.000Z', { commandType: 'CreatePlan' }))],
    ['centroAG', planEvent('CentroAdded', { ...ag, code: 'AG', name: 'Servizio Affari Generali', kind: 'attivita', responsabile: togni }, at('2024-01-10T09:05:00.000Z', { commandType: 'AddCentro' }))],
    ['centroFin', planEvent('CentroAdded', { ...fin, code: 'FIN', name: 'Servizio Finanziario', kind: 'attivita', responsabile: ragioniere }, at('2024-01-10T09:06:00.000Z'))],
    ['pdsDrafted', planEvent('ObjectiveDrafted', { ...ag, objectiveId: 'o-pds', ...objective('Piano di Diritto allo Studio', 55) }, at('2024-01-20T10:00:00.000Z', { actor: TOGNI, commandType: 'DraftObjective' }))],
    ['pccDrafted', planEvent('ObjectiveDrafted', { ...ag, objectiveId: 'o-pcc', ...objective('Tempestività dei pagamenti', 30) }, at('2024-01-20T10:05:00.000Z', { actor: TOGNI }))],
    ['trasparenzaDrafted', planEvent('ObjectiveDrafted', { ...ag, objectiveId: 'o-trasp', ...objective('Trasparenza', 15) }, at('2024-01-20T10:10:00.000Z', { actor: TOGNI }))],
    ['bilancioDrafted', planEvent('ObjectiveDrafted', { ...fin, objectiveId: 'o-bil', ...objective('Bilancio', 100) }, at('2024-01-21T10:00:00.000Z'))],
    ['pccRevised', planEvent('ObjectiveRevised', { ...ag, objectiveId: 'o-pcc', changes: { points: 35 } }, at('2024-02-01T10:00:00.000Z', { actor: TOGNI, commandType: 'ReviseObjective', correlationId: 'corr-points' }))],
    ['pdsRevised', planEvent('ObjectiveRevised', { ...ag, objectiveId: 'o-pds', changes: { points: 50, deadline: '2024-10-31' } }, at('2024-02-01T10:01:00.000Z', { actor: TOGNI, correlationId: 'corr-points' }))],
    ['agSubmitted', planEvent('CentroSubmitted', { ...ag, totalPoints: 100 }, at('2024-03-01T09:00:00.000Z', { actor: TOGNI }))],
    ['finSubmitted', planEvent('CentroSubmitted', { ...fin, totalPoints: 100 }, at('2024-03-01T09:30:00.000Z'))],
    ['proposed', planEvent('PlanProposed', p, at('2024-03-15T09:00:00.000Z'))],
    ['deliberaRegistered', deliberaRegistered(planId), 'delibere-levate'],
    ['approved', planEvent('PlanApproved', { ...p, delibera: DELIBERA_28 }, at('2024-04-09T16:00:00.000Z', { actor: GIUNTA, commandType: 'ApprovePlan' }))],
    ['monitoring', planEvent('MonitoringRecorded', { ...ag, objectiveId: 'o-pcc', progressPct: 60, notes: 'pagamenti a 28 giorni' }, at('2024-07-20T09:00:00.000Z', { actor: TOGNI }))],
    ['variationOpened', planEvent('VariationOpened', { ...p, variationId: 'v-1', reason: 'nuovo obiettivo PNRR' }, at('2024-09-01T09:00:00.000Z'))],
    ['trasparenzaRevised', planEvent('ObjectiveRevised', { ...ag, objectiveId: 'o-trasp', changes: { title: 'Trasparenza e PNRR' } }, at('2024-09-02T09:00:00.000Z', { actor: TOGNI }))],
    ['variationApproved', planEvent('VariationApproved', { ...p, variationId: 'v-1', delibera: DELIBERA_75 }, at('2024-09-10T11:00:00.000Z', { actor: GIUNTA }))],
    ['consuntivoStarted', planEvent('ConsuntivoStarted', p, at('2025-01-15T09:00:00.000Z'))],
    ['pccConsuntivo', planEvent('ConsuntivoRecorded', { ...ag, objectiveId: 'o-pcc', achievementPct: 100, evidence: 'PCC: 24 giorni', indicatorValues: [] }, at('2025-02-01T09:00:00.000Z', { actor: TOGNI }))],
    ['validated', planEvent('ConsuntivoValidated', { ...p, verbale: { data: '2025-03-20', numero: '3/2025' }, results: validationResults() }, at('2025-03-20T12:00:00.000Z', { actor: NUCLEO }))],
  ];
}

/** the Nucleo lowers o-pcc from 100% to 90% with a reason and confirms o-bil of the other centro */
function validationResults() {
  return [
    { centroId: 'c-ag', objectiveId: 'o-pcc', recordedPct: 100, validatedPct: 90, reason: 'ritardi a dicembre' },
    { centroId: 'c-fin', objectiveId: 'o-bil', recordedPct: 100, validatedPct: 100 },
  ];
}

function deliberaRegistered(planId: string): EventToAppend {
  const id = randomUUID();
  return {
    id,
    type: 'DeliberaRegistered',
    schemaVersion: EVENT_SCHEMA_VERSIONS.DeliberaRegistered,
    data: { organo: 'giunta', numero: 28, year: 2024, enteCode: 'levate', data: '2024-04-09', planId, commandId: id, purpose: 'PlanApproved' },
    metadata: {
      actorId: GIUNTA.id,
      actorRole: GIUNTA.role,
      commandId: id,
      correlationId: id,
      causationId: id,
      recordedAt: '2024-04-09T15:59:00.000Z',
    },
  };
}

export interface LevateScenario {
  planId: string;
  /** global position of each step */
  positions: Record<string, number>;
  head: number;
}

export interface LevateScenarioOptions {
  planId?: string;
  /** the plan's year (default 2024); the dates of the steps stay those of 2024 */
  year?: number;
  /** the last step to append */
  until?: string;
  /** the step the plan is already at: only the steps after it are appended */
  from?: string;
}

/** Appends the scenario one event per append (as commands would), up to and including `until`. */
export async function appendLevateScenario(store: EventStore, options: LevateScenarioOptions = {}): Promise<LevateScenario> {
  const { planId = 'levate-2024', year = 2024, until, from } = options;
  const positions: Record<string, number> = {};
  let head = 0;
  const steps = levateSteps(planId, year);
  const first = from === undefined ? 0 : steps.findIndex(([name]) => name === from) + 1;
  if (first === 0 && from !== undefined) throw new Error(`No step ${from} in the Levate scenario`);
  for (const [name, event, stream = planStreamName(planId)] of steps.slice(first)) {
    head = (await store.append(stream, [event], 'any')).position;
    positions[name] = head;
    if (name === until) break;
  }
  return { planId, positions, head };
}
