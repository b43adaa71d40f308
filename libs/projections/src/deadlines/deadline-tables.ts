import type { Deadline, PlanCalendar } from '@ciclo/domain';
import type { ProjectionDatabase } from '../sqlite/projection-database';

/**
 * deadline_calendars: the folded calendar of each plan (the state the next event is applied to);
 * deadlines: one row per deadline for queries; deadline_owners: who owns which, for `?owner=`.
 * `changed_position` is the position of the last event that created, moved, met or cancelled the
 * deadline: the reminder scheduler follows it to learn what changed.
 */
export function migrateDeadlineTables(db: ProjectionDatabase): void {
  db.connection.exec(`
    CREATE TABLE IF NOT EXISTS deadline_calendars (
      plan_id TEXT PRIMARY KEY,
      body    TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS deadlines (
      deadline_id      TEXT PRIMARY KEY,
      plan_id          TEXT NOT NULL,
      ente_code        TEXT NOT NULL,
      due_date         TEXT NOT NULL,
      status           TEXT NOT NULL,
      changed_position INTEGER NOT NULL,
      body             TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS deadlines_by_due ON deadlines (due_date, deadline_id);
    CREATE INDEX IF NOT EXISTS deadlines_by_change ON deadlines (changed_position);
    CREATE INDEX IF NOT EXISTS deadlines_by_plan ON deadlines (plan_id);
    CREATE TABLE IF NOT EXISTS deadline_owners (
      owner_id    TEXT NOT NULL,
      deadline_id TEXT NOT NULL,
      PRIMARY KEY (owner_id, deadline_id)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS deadline_owners_by_deadline ON deadline_owners (deadline_id);
  `);
}

export function dropDeadlineTables(db: ProjectionDatabase): void {
  db.connection.exec('DROP TABLE IF EXISTS deadline_calendars; DROP TABLE IF EXISTS deadlines; DROP TABLE IF EXISTS deadline_owners;');
}

export function loadCalendar(db: ProjectionDatabase, planId: string): PlanCalendar | undefined {
  const row = db.statement('SELECT body FROM deadline_calendars WHERE plan_id = ?').get(planId) as { body: string } | undefined;
  return row ? (JSON.parse(row.body) as PlanCalendar) : undefined;
}

export function saveCalendar(db: ProjectionDatabase, calendar: PlanCalendar): void {
  db.statement(
    `INSERT INTO deadline_calendars (plan_id, body) VALUES (?, ?)
     ON CONFLICT (plan_id) DO UPDATE SET body = excluded.body`,
  ).run(calendar.planId, JSON.stringify(calendar));
}

export function saveDeadline(db: ProjectionDatabase, deadline: Deadline): void {
  const changedPosition = Math.max(0, ...deadline.sources.map((source) => source.position));
  db.statement(
    `INSERT INTO deadlines (deadline_id, plan_id, ente_code, due_date, status, changed_position, body)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (deadline_id) DO UPDATE SET due_date = excluded.due_date, status = excluded.status,
       changed_position = excluded.changed_position, body = excluded.body`,
  ).run(deadline.deadlineId, deadline.planId, deadline.ente.code, deadline.dueDate, deadline.status, changedPosition, JSON.stringify(deadline));
  db.statement('DELETE FROM deadline_owners WHERE deadline_id = ?').run(deadline.deadlineId);
  const insertOwner = db.statement('INSERT OR IGNORE INTO deadline_owners (owner_id, deadline_id) VALUES (?, ?)');
  for (const owner of deadline.owners) insertOwner.run(owner.id, deadline.deadlineId);
}
