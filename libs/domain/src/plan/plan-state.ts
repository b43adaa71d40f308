import { Ente, Person } from '../values/actor';
import { Delibera, NucleoDocument } from '../values/delibera';
import { MeasuredValue } from '../values/measured-value';

/**
 * The plan as the events built it. It is both the state `decide` reads and the body of the
 * current-plan projection, so everything the seed holds is here.
 */
export type PlanStatus =
  | 'drafting'
  | 'proposed'
  | 'approved'
  | 'consuntivo'
  | 'consuntivo_validated'
  | 'relazione_approved'
  | 'closed';

export type CentroKind = 'responsabilita' | 'attivita';
export type CentroStatus = 'draft' | 'submitted' | 'returned' | 'approved';
export type ObjectiveStatus = 'active' | 'withdrawn';

export interface Activity {
  activityId: string;
  number: number;
  description: string;
  subItems: string[];
}

export interface ActivityIndicator {
  indicatorId: string;
  /** e.g. "Atti protocollati" */
  area: string;
  /** e.g. "n. protocolli in entrata" */
  description: string;
  activityNumber?: number;
  /** year -> value, e.g. { "2020": { kind: "count", value: 4687 } } */
  values: Record<string, MeasuredValue>;
}

export interface ResourceColumn {
  /** e.g. "Situazione 31.12.2022", "Situazione attuale" */
  label: string;
  /** ISO date of the column, when it has one */
  date?: string;
}

export interface ResourceRow {
  /** e.g. "Postazioni uffici", "Cat. C – istruttore amministrativo" */
  category: string;
  /** one value per column */
  values: MeasuredValue[];
}

export interface ResourceTable {
  columns: ResourceColumn[];
  rows: ResourceRow[];
}

export type ResourceKind = 'strumentali' | 'umane';

export interface ObjectiveIndicator {
  description: string;
  target?: string;
}

export interface MonitoringEntry {
  progressPct: number;
  notes: string;
  recordedAt: string;
  actorId: string;
}

export interface IndicatorValueReached {
  /** index in the objective's indicators */
  indicator: number;
  value: string;
}

export interface ConsuntivoEntry {
  achievementPct: number;
  evidence: string;
  indicatorValues: IndicatorValueReached[];
  recordedAt: string;
  actorId: string;
}

export interface ValidatedAchievement {
  achievementPct: number;
  /** present when the Nucleo changed the recorded achievement */
  adjustmentReason?: string;
}

export interface Objective {
  objectiveId: string;
  centroId: string;
  title: string;
  /** maximum points for full achievement; a centro's objectives sum to 100 */
  points: number;
  expectedPerformance: string;
  /** sub-measures, e.g. the six PNRR measures */
  measures: string[];
  indicators: ObjectiveIndicator[];
  referenceYears: number[];
  /** ISO date */
  deadline?: string;
  ownerId?: string;
  /** the staff the objective applies to; absent = all staff of the settore */
  appliesTo?: string;
  status: ObjectiveStatus;
  monitoring: MonitoringEntry[];
  consuntivo?: ConsuntivoEntry;
  validated?: ValidatedAchievement;
  /** points x validated achievement / 100, rounded to the cent */
  pointsAwarded?: number;
  /** the act that proved the objective's milestone reached (e.g. the Consiglio's delibera on the PDS) */
  milestone?: { act: Delibera; recordedAt: string };
}

export interface Centro {
  centroId: string;
  code: string;
  name: string;
  kind: CentroKind;
  parentCode?: string;
  responsabile: Person;
  status: CentroStatus;
  returnNotes?: string;
  serviceDescription?: string;
  activities: Activity[];
  indicators: ActivityIndicator[];
  resources: Partial<Record<ResourceKind, ResourceTable>>;
  objectives: Objective[];
}

export interface Variation {
  variationId: string;
  reason: string;
  openedAt: string;
  delibera?: Delibera;
  approvedAt?: string;
}

export interface Plan {
  planId: string;
  ente: Ente;
  year: number;
  triennio: [number, number];
  status: PlanStatus;
  centri: Centro[];
  approval?: { delibera: Delibera; approvedAt: string };
  variations: Variation[];
  openVariationId?: string;
  consuntivoValidation?: { verbale: NucleoDocument; validatedAt: string };
  relazione?: {
    approval?: { delibera: Delibera; approvedAt: string };
    validation?: { documento: NucleoDocument; validatedAt: string };
    /** `delibera`: the act of the Relazione the Nucleo refused, kept because the approval itself is cleared */
    refusals: { reason: string; refusedAt: string; delibera?: Delibera }[];
  };
  /** the Consiglio's approval of the budget, which moves the PIAO deadline */
  budgetApproval?: { delibera: Delibera; recordedAt: string };
  /** revision of the plan's stream this state was built from; -1 before the first event */
  revision: number;
}
