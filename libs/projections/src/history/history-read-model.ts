import type { HistoryEntry } from '../read-models/read-model-types';
import type { ProjectionDatabase } from '../sqlite/projection-database';

export interface HistoryFilter {
  centroId?: string;
  objectiveId?: string;
}

/** Reads the audit history of a plan, oldest first. */
export class HistoryReadModel {
  constructor(private readonly db: ProjectionDatabase) {}

  list(planId: string, filter: HistoryFilter = {}): HistoryEntry[] {
    const conditions: string[] = [];
    const params: string[] = [];
    if (filter.centroId !== undefined) {
      conditions.push('centro_id = ?');
      params.push(filter.centroId);
    }
    if (filter.objectiveId !== undefined) {
      conditions.push('objective_id = ?');
      params.push(filter.objectiveId);
    }
    const rows = conditions.length
      ? this.db
          .statement(
            `SELECT position, entry FROM plan_history WHERE plan_id = ? AND ${conditions.join(' AND ')}
             UNION
             SELECT h.position, h.entry FROM plan_history_refs r JOIN plan_history h ON h.position = r.position
               WHERE r.plan_id = ? AND ${conditions.map((c) => `r.${c}`).join(' AND ')}
             ORDER BY position`,
          )
          .all(planId, ...params, planId, ...params)
      : this.db.statement('SELECT position, entry FROM plan_history WHERE plan_id = ? ORDER BY position').all(planId);
    return (rows as { entry: string }[]).map((row) => JSON.parse(row.entry) as HistoryEntry);
  }
}
