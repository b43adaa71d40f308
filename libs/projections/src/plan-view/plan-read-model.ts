import type { PlanSummary, PlanView } from '../read-models/read-model-types';
import type { ProjectionDatabase } from '../sqlite/projection-database';
import { loadPlanView } from './plan-view-table';

export interface PlanListFilter {
  /** ente code */
  ente?: string;
  year?: number;
}

interface SummaryRow {
  plan_id: string;
  ente: string;
  year: number;
  status: PlanSummary['status'];
  approved_by: string | null;
  position: number;
  updated_at: string;
}

/** Reads the current plans written by the plan projection. */
export class PlanReadModel {
  constructor(private readonly db: ProjectionDatabase) {}

  get(planId: string): PlanView | undefined {
    return loadPlanView(this.db, planId);
  }

  /** Plans by ente code and year, then id. */
  list(filter: PlanListFilter = {}): PlanSummary[] {
    const conditions: string[] = [];
    const params: (string | number)[] = [];
    if (filter.ente !== undefined) {
      conditions.push('ente_code = ?');
      params.push(filter.ente);
    }
    if (filter.year !== undefined) {
      conditions.push('year = ?');
      params.push(filter.year);
    }
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const rows = this.db
      .statement(
        `SELECT plan_id, json_extract(body, '$.ente') AS ente, year, status,
           json_extract(body, '$.approval.delibera') AS approved_by, position, updated_at
         FROM plan_views ${where} ORDER BY ente_code, year, plan_id`,
      )
      .all(...params) as SummaryRow[];
    return rows.map((row) => ({
      planId: row.plan_id,
      ente: JSON.parse(row.ente),
      year: row.year,
      status: row.status,
      ...(row.approved_by ? { approvedBy: JSON.parse(row.approved_by) } : {}),
      position: row.position,
      updatedAt: row.updated_at,
    }));
  }
}
