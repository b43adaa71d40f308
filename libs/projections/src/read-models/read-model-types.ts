import type { Delibera, Ente, Plan, PlanStatus } from '@ciclo/domain';

/** The current plan as served by GET /api/plans/:planId. */
export interface PlanView extends Plan {
  /** global position of the last event applied to this plan */
  position: number;
  /** recordedAt of that event */
  updatedAt: string;
}

export interface PlanSummary {
  planId: string;
  ente: Ente;
  year: number;
  status: PlanStatus;
  approvedBy?: Delibera;
  position: number;
  updatedAt: string;
}

export interface FieldChange {
  /** dotted path inside the changed thing, e.g. "points" or "indicators" */
  field: string;
  before: unknown;
  after: unknown;
}

/** One step of the audit history: who did what, when, under which delibera. */
export interface HistoryEntry {
  position: number;
  revision: number;
  recordedAt: string;
  eventType: string;
  commandId: string;
  commandType?: string;
  correlationId: string;
  actor: { id: string; role: string };
  centroId?: string;
  objectiveId?: string;
  /** the event's own delibera, else the delibera in force when it happened */
  delibera?: Delibera;
  /** set when the change was made inside an open variation */
  variationId?: string;
  changes: FieldChange[];
}
