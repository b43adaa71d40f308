import type { HistoryEntry } from '../read-models/read-model-types';
import type { ProjectionDatabase } from '../sqlite/projection-database';
import { historyEntryOf, type HistoryRow } from './history-row';

const COLUMNS = 'position, centro_id, objective_id, event_type, recorded_at, entry';
const COLUMNS_OF_H = COLUMNS.split(', ').map((column) => `h.${column}`).join(', ');

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
            `SELECT ${COLUMNS} FROM plan_history WHERE plan_id = ? AND ${conditions.join(' AND ')}
             UNION
             SELECT ${COLUMNS_OF_H}
               FROM plan_history_refs r JOIN plan_history h ON h.plan_id = r.plan_id AND h.position = r.position
               WHERE r.plan_id = ? AND ${conditions.map((c) => `r.${c}`).join(' AND ')}
             ORDER BY position`,
          )
          .all(planId, ...params, planId, ...params)
      : this.db.statement(`SELECT ${COLUMNS} FROM plan_history WHERE plan_id = ? ORDER BY position`).all(planId);
    return (rows as HistoryRow[]).map(historyEntryOf);
  }
}
