import type { CalendarCentro, CalendarObjective, Deadline, PlanCalendar } from '@ciclo/domain';
import type { ProjectionDatabase } from '../sqlite/projection-database';

/**
 * deadline_calendars: the folded calendar of each plan (the state the next event is applied to),
 * without its deadlines, which are the rows of `deadlines`;
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

/** A replay drops the secondary indexes and `migrate` builds them once at its end. */
export function dropDeadlineIndexes(db: ProjectionDatabase): void {
  db.connection.exec(`
    DROP INDEX IF EXISTS deadlines_by_due;
    DROP INDEX IF EXISTS deadlines_by_change;
    DROP INDEX IF EXISTS deadlines_by_plan;
    DROP INDEX IF EXISTS deadline_owners_by_deadline;
  `);
}

export function dropDeadlineTables(db: ProjectionDatabase): void {
  db.connection.exec('DROP TABLE IF EXISTS deadline_calendars; DROP TABLE IF EXISTS deadlines; DROP TABLE IF EXISTS deadline_owners;');
}

/** The calendar with its deadlines, which are kept in their own rows (see saveCalendar). */
export function loadCalendar(db: ProjectionDatabase, planId: string): PlanCalendar | undefined {
  const row = db.statement('SELECT body FROM deadline_calendars WHERE plan_id = ?').get(planId) as { body: string } | undefined;
  if (!row) return undefined;
  const deadlines = new Map<string, Deadline>();
  const rows = db.statement('SELECT body FROM deadlines WHERE plan_id = ? ORDER BY deadline_id').all(planId) as { body: string }[];
  for (const { body } of rows) {
    const deadline = JSON.parse(body) as Deadline;
    deadlines.set(deadline.deadlineId, deadline);
  }
  const { centri, objectives, ...rest } = JSON.parse(row.body) as StoredCalendar;
  return { ...rest, centri: new Map(Object.entries(centri)), objectives: new Map(Object.entries(objectives)), deadlines };
}

/** The `body` of a calendar row: the calendar without its deadlines, its maps as records. */
type StoredCalendar = Omit<PlanCalendar, 'centri' | 'objectives' | 'deadlines'> & {
  centri: Record<string, CalendarCentro>;
  objectives: Record<string, CalendarObjective>;
};

/** The calendar without its deadlines: each has a row of its own, written with saveDeadline. */
export function saveCalendar(db: ProjectionDatabase, calendar: PlanCalendar): void {
  const { deadlines: _written, centri, objectives, ...rest } = calendar;
  const stored: StoredCalendar = { ...rest, centri: Object.fromEntries(centri), objectives: Object.fromEntries(objectives) };
  db.statement(
    `INSERT INTO deadline_calendars (plan_id, body) VALUES (?, ?)
     ON CONFLICT (plan_id) DO UPDATE SET body = excluded.body`,
  ).run(calendar.planId, JSON.stringify(stored));
}

export function saveDeadline(db: ProjectionDatabase, deadline: Deadline): void {
  db.statement(
    `INSERT INTO deadlines ${DEADLINE_COLUMNS} VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (deadline_id) DO UPDATE SET due_date = excluded.due_date, status = excluded.status,
       changed_position = excluded.changed_position, body = excluded.body`,
  ).run(deadlineRowValues(deadline));
  db.statement('DELETE FROM deadline_owners WHERE deadline_id = ?').run(deadline.deadlineId);
  const insertOwner = db.statement('INSERT OR IGNORE INTO deadline_owners (owner_id, deadline_id) VALUES (?, ?)');
  for (const owner of deadline.owners) insertOwner.run(owner.id, deadline.deadlineId);
}

export const DEADLINE_COLUMNS = '(deadline_id, plan_id, ente_code, due_date, status, changed_position, body)';

export function deadlineRowValues(deadline: Deadline): unknown[] {
  const changedPosition = Math.max(0, ...deadline.sources.map((source) => source.position));
  const { deadlineId, planId, ente, dueDate, status } = deadline;
  return [deadlineId, planId, ente.code, dueDate, status, changedPosition, JSON.stringify(deadline)];
}
