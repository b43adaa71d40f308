import type { HistoryEntry } from '../read-models/read-model-types';
import type { ProjectionDatabase } from '../sqlite/projection-database';
import { historyRowValues } from './history-row';
import type { ObjectiveRef } from './related-objectives';

/**
 * One row per plan event, clustered by plan: a plan's history is one range of the table, and the
 * rows of a centro or an objective are found among the plan's few hundred by a scan (indexes of
 * their own cost a rebuild, which writes these rows in key order and copies them as they are, more
 * than they ever saved a query). `plan_history_refs` links an entry to further objectives when one
 * event concerns several (see relatedObjectives).
 */
export function migrateHistory(db: ProjectionDatabase): void {
  db.connection.exec(`
    CREATE TABLE IF NOT EXISTS plan_history (
      plan_id      TEXT NOT NULL,
      position     INTEGER NOT NULL,
      centro_id    TEXT,
      objective_id TEXT,
      event_type   TEXT NOT NULL,
      recorded_at  TEXT NOT NULL,
      entry        TEXT NOT NULL,
      PRIMARY KEY (plan_id, position)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS plan_history_refs (
      plan_id      TEXT NOT NULL,
      centro_id    TEXT NOT NULL,
      objective_id TEXT NOT NULL,
      position     INTEGER NOT NULL,
      PRIMARY KEY (plan_id, objective_id, position)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS plan_history_refs_by_centro ON plan_history_refs (plan_id, centro_id);
  `);
}

/** A replay drops the secondary index and builds it once at its end: much cheaper than row by row. */
export function dropHistoryIndexes(db: ProjectionDatabase): void {
  db.connection.exec('DROP INDEX IF EXISTS plan_history_refs_by_centro');
}

export function dropHistory(db: ProjectionDatabase): void {
  db.connection.exec('DROP TABLE IF EXISTS plan_history; DROP TABLE IF EXISTS plan_history_refs;');
}

const ROWS_PER_INSERT = 100;
const HISTORY_COLUMNS = '(position, plan_id, centro_id, objective_id, event_type, recorded_at, entry)';

/**
 * Writes history rows in multi-row INSERTs, one statement call per 100 rows: a rebuild writes a
 * row per event and the per-call overhead is a good part of it. Call flush() before the
 * transaction ends.
 */
export class HistoryWriter {
  private rows: unknown[] = [];
  private count = 0;

  constructor(private readonly db: ProjectionDatabase) {}

  add(planId: string, entry: HistoryEntry, related: readonly ObjectiveRef[]): void {
    for (const value of historyRowValues(planId, entry)) this.rows.push(value);
    if (++this.count === ROWS_PER_INSERT) this.flush();
    for (const ref of related) {
      this.db
        .statement('INSERT OR IGNORE INTO plan_history_refs (plan_id, centro_id, objective_id, position) VALUES (?, ?, ?, ?)')
        .run(planId, ref.centroId, ref.objectiveId, entry.position);
    }
  }

  flush(): void {
    if (this.count === 0) return;
    const values = Array.from({ length: this.count }, () => '(?, ?, ?, ?, ?, ?, ?)').join(', ');
    this.db.statement(`INSERT INTO plan_history ${HISTORY_COLUMNS} VALUES ${values}`).run(this.rows);
    this.rows = [];
    this.count = 0;
  }
}
