import type { ProjectionDatabase } from '../sqlite/projection-database';

/** the tables the plan projections write */
export const PLAN_PROJECTION_TABLES = [
  'plan_views',
  'plan_history',
  'plan_history_refs',
  'deadline_calendars',
  'deadlines',
  'deadline_owners',
  'notifications',
];

/** Every row of every table, each table ordered by all its columns: equal snapshots, equal read models. */
export function tableSnapshot(db: ProjectionDatabase, tables = PLAN_PROJECTION_TABLES): Record<string, unknown[]> {
  return Object.fromEntries(
    tables.map((table) => {
      const columns = db.connection.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all();
      return [table, db.connection.prepare(`SELECT * FROM ${table} ORDER BY ${columns.join(', ')}`).all()];
    }),
  );
}
