import type { PlanView } from '../read-models/read-model-types';
import type { ProjectionDatabase } from '../sqlite/projection-database';

/** The current plan, one row per plan; `body` is the whole PlanView as JSON. */
export function migratePlanViews(db: ProjectionDatabase): void {
  db.connection.exec(`
    CREATE TABLE IF NOT EXISTS plan_views (
      plan_id    TEXT PRIMARY KEY,
      ente_code  TEXT NOT NULL,
      year       INTEGER NOT NULL,
      status     TEXT NOT NULL,
      position   INTEGER NOT NULL,
      updated_at TEXT NOT NULL,
      body       TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS plan_views_by_ente_year ON plan_views (ente_code, year);
  `);
}

export function dropPlanViews(db: ProjectionDatabase): void {
  db.connection.exec('DROP TABLE IF EXISTS plan_views');
}

export function loadPlanView(db: ProjectionDatabase, planId: string): PlanView | undefined {
  const row = db.statement('SELECT body FROM plan_views WHERE plan_id = ?').get(planId) as { body: string } | undefined;
  return row ? (JSON.parse(row.body) as PlanView) : undefined;
}

export function savePlanView(db: ProjectionDatabase, view: PlanView): void {
  db.statement(
    `INSERT INTO plan_views (plan_id, ente_code, year, status, position, updated_at, body)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (plan_id) DO UPDATE SET ente_code = excluded.ente_code, year = excluded.year,
       status = excluded.status, position = excluded.position, updated_at = excluded.updated_at,
       body = excluded.body`,
  ).run(view.planId, view.ente.code, view.year, view.status, view.position, view.updatedAt, JSON.stringify(view));
}
