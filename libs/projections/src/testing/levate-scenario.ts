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
const SEGRETARIO = { id: 'person-segretario', role: 'segretario' };

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

/** The Levate 2024 plan from drafting to the Nucleo's validation, step by step (name -> event). */
function levateSteps(planId: string, year: number): [string, EventToAppend | { delibereStream: EventToAppend }][] {
  const p = { planId };
  return [
    ['created', planEvent('PlanCreated', { ...p, ente: { code: 'levate', name: 'Comune di Levate', provincia: 'BG' }, year, triennio: [year, year + 2] }, { at: '2024-01-10T09:00:00.000Z', commandType: 'CreatePlan' })],
    ['centroAG', planEvent('CentroAdded', { ...p, centroId: 'c-ag', code: 'AG', name: 'Servizio Affari Generali', kind: 'attivita', responsabile: { id: TOGNI.id, name: 'Roberto Togni', email: 'togni@example.org' } }, { at: '2024-01-10T09:05:00.000Z', commandType: 'AddCentro' })],
    ['centroFin', planEvent('CentroAdded', { ...p, centroId: 'c-fin', code: 'FIN', name: 'Servizio Finanziario', kind: 'attivita', responsabile: { id: 'person-rag', name: 'Ragioniere', email: 'rag@example.org' } }, { at: '2024-01-10T09:06:00.000Z' })],
    ['pdsDrafted', planEvent('ObjectiveDrafted', { ...p, centroId: 'c-ag', objectiveId: 'o-pds', ...objective('Piano di Diritto allo Studio', 55) }, { at: '2024-01-20T10:00:00.000Z', actor: TOGNI, commandType: 'DraftObjective' })],
    ['pccDrafted', planEvent('ObjectiveDrafted', { ...p, centroId: 'c-ag', objectiveId: 'o-pcc', ...objective('Tempestività dei pagamenti', 30) }, { at: '2024-01-20T10:05:00.000Z', actor: TOGNI })],
    ['trasparenzaDrafted', planEvent('ObjectiveDrafted', { ...p, centroId: 'c-ag', objectiveId: 'o-trasp', ...objective('Trasparenza', 15) }, { at: '2024-01-20T10:10:00.000Z', actor: TOGNI })],
    ['bilancioDrafted', planEvent('ObjectiveDrafted', { ...p, centroId: 'c-fin', objectiveId: 'o-bil', ...objective('Bilancio', 100) }, { at: '2024-01-21T10:00:00.000Z' })],
    ['pccRevised', planEvent('ObjectiveRevised', { ...p, centroId: 'c-ag', objectiveId: 'o-pcc', changes: { points: 35 } }, { at: '2024-02-01T10:00:00.000Z', actor: TOGNI, commandType: 'ReviseObjective', correlationId: 'corr-points' })],
    ['pdsRevised', planEvent('ObjectiveRevised', { ...p, centroId: 'c-ag', objectiveId: 'o-pds', changes: { points: 50, deadline: '2024-10-31' } }, { at: '2024-02-01T10:01:00.000Z', actor: TOGNI, correlationId: 'corr-points' })],
    ['agSubmitted', planEvent('CentroSubmitted', { ...p, centroId: 'c-ag', totalPoints: 100 }, { at: '2024-03-01T09:00:00.000Z', actor: TOGNI })],
    ['finSubmitted', planEvent('CentroSubmitted', { ...p, centroId: 'c-fin', totalPoints: 100 }, { at: '2024-03-01T09:30:00.000Z' })],
    ['proposed', planEvent('PlanProposed', { ...p }, { at: '2024-03-15T09:00:00.000Z', actor: SEGRETARIO })],
    ['deliberaRegistered', { delibereStream: deliberaRegistered(planId) }],
    ['approved', planEvent('PlanApproved', { ...p, delibera: DELIBERA_28 }, { at: '2024-04-09T16:00:00.000Z', actor: GIUNTA, commandType: 'ApprovePlan' })],
    ['monitoring', planEvent('MonitoringRecorded', { ...p, centroId: 'c-ag', objectiveId: 'o-pcc', progressPct: 60, notes: 'pagamenti a 28 giorni' }, { at: '2024-07-20T09:00:00.000Z', actor: TOGNI })],
    ['variationOpened', planEvent('VariationOpened', { ...p, variationId: 'v-1', reason: 'nuovo obiettivo PNRR' }, { at: '2024-09-01T09:00:00.000Z' })],
    ['trasparenzaRevised', planEvent('ObjectiveRevised', { ...p, centroId: 'c-ag', objectiveId: 'o-trasp', changes: { title: 'Trasparenza e PNRR' } }, { at: '2024-09-02T09:00:00.000Z', actor: TOGNI })],
    ['variationApproved', planEvent('VariationApproved', { ...p, variationId: 'v-1', delibera: DELIBERA_75 }, { at: '2024-09-10T11:00:00.000Z', actor: GIUNTA })],
    ['consuntivoStarted', planEvent('ConsuntivoStarted', { ...p }, { at: '2025-01-15T09:00:00.000Z' })],
    ['pccConsuntivo', planEvent('ConsuntivoRecorded', { ...p, centroId: 'c-ag', objectiveId: 'o-pcc', achievementPct: 100, evidence: 'PCC: 24 giorni', indicatorValues: [] }, { at: '2025-02-01T09:00:00.000Z', actor: TOGNI })],
    ['validated', planEvent('ConsuntivoValidated', { ...p, verbale: { data: '2025-03-20', numero: '3/2025' }, results: [
      { centroId: 'c-ag', objectiveId: 'o-pcc', recordedPct: 100, validatedPct: 90, reason: 'ritardi a dicembre' },
      { centroId: 'c-fin', objectiveId: 'o-bil', recordedPct: 100, validatedPct: 100 },
    ] }, { at: '2025-03-20T12:00:00.000Z', actor: NUCLEO })],
  ];
}

function deliberaRegistered(planId: string): EventToAppend {
  const id = randomUUID();
  return {
    id,
    type: 'DeliberaRegistered',
    schemaVersion: EVENT_SCHEMA_VERSIONS.DeliberaRegistered,
    data: { organo: 'giunta', numero: 28, year: 2024, enteCode: 'levate', data: '2024-04-09', planId, commandId: id, purpose: 'PlanApproved' },
    metadata: { actorId: GIUNTA.id, actorRole: GIUNTA.role, commandId: id, correlationId: id, causationId: id, recordedAt: '2024-04-09T15:59:00.000Z' },
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
}

/** Appends the scenario one event per append (as commands would), up to and including `until`. */
export async function appendLevateScenario(store: EventStore, options: LevateScenarioOptions = {}): Promise<LevateScenario> {
  const { planId = 'levate-2024', year = 2024, until } = options;
  const positions: Record<string, number> = {};
  let head = 0;
  for (const [name, step] of levateSteps(planId, year)) {
    const [stream, event] = 'delibereStream' in step ? ['delibere-levate', step.delibereStream] : [planStreamName(planId), step];
    head = (await store.append(stream, [event], 'any')).position;
    positions[name] = head;
    if (name === until) break;
  }
  return { planId, positions, head };
}
