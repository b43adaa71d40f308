import { Ente, Person } from '../values/actor';
import { Delibera } from '../values/delibera';
import { MeasuredValue } from '../values/measured-value';
import { CentroKind, ObjectiveIndicator, ResourceTable } from '../plan/plan-state';
import type { PlanLifecycle } from './plan-lifecycle';

export const PLAN_DOCUMENT_FORMAT = 'ciclo.plan/v1' as const;

/**
 * The JSON a comune imports and exports: the plan as it reads on paper, without ids or history.
 * Importing a document and exporting the plan straight away gives the same document back, plus
 * `lifecycle`; so optional fields are left out rather than set to undefined.
 */
export interface PlanDocument {
  format: typeof PLAN_DOCUMENT_FORMAT;
  ente: Ente;
  year: number;
  triennio: [number, number];
  /** parents before children */
  centri: PlanDocumentCentro[];
  /** when present, import submits every centro with objectives, proposes and approves the plan */
  approval?: { delibera: Delibera };
  /** export only: what happened after import; accepted and ignored on import */
  lifecycle?: PlanLifecycle;
}

export interface PlanDocumentCentro {
  /** short code, unique in the plan, e.g. "AGSCS" */
  code: string;
  name: string;
  kind: CentroKind;
  parentCode?: string;
  responsabile: Person;
  serviceDescription?: string;
  activities: PlanDocumentActivity[];
  indicators: PlanDocumentIndicator[];
  /** active objectives only; withdrawn ones are listed in `lifecycle` */
  objectives: PlanDocumentObjective[];
  resources: { strumentali?: ResourceTable; umane?: ResourceTable };
}

export interface PlanDocumentActivity {
  number: number;
  description: string;
  subItems: string[];
}

export interface PlanDocumentIndicator {
  area: string;
  description: string;
  activityNumber?: number;
  /** year -> value, keys in ascending year order */
  values: Record<string, MeasuredValue>;
}

export interface PlanDocumentObjective {
  title: string;
  points: number;
  expectedPerformance: string;
  measures: string[];
  indicators: ObjectiveIndicator[];
  referenceYears: number[];
  /** ISO date */
  deadline?: string;
  ownerId?: string;
  /** absent = all staff of the settore */
  appliesTo?: string;
}
