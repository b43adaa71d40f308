import type { Deadline } from '@ciclo/domain';
import type { ProjectionDatabase } from '@ciclo/projections';

export interface ScheduledDeadline {
  dueDate: string;
}

const FOLLOWED = 'deadline-changes';

/**
 * What the scheduler last put in the queue for each open deadline (the due date its jobs were
 * computed from), and how far it has followed the calendar's changes. Lives in the worker's file,
 * next to its calendar.
 */
export class ScheduleState {
  constructor(private readonly db: ProjectionDatabase) {
    db.connection.exec(`
      CREATE TABLE IF NOT EXISTS reminder_schedule (
        deadline_id TEXT PRIMARY KEY,
        due_date    TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS reminder_marks (
        name     TEXT PRIMARY KEY,
        position INTEGER NOT NULL
      );
    `);
  }

  scheduled(deadlineId: string): ScheduledDeadline | undefined {
    const row = this.db.statement('SELECT due_date FROM reminder_schedule WHERE deadline_id = ?').get(deadlineId) as
      | { due_date: string }
      | undefined;
    return row && { dueDate: row.due_date };
  }

  /** After a sync: open deadlines have jobs for their due date, the others none. */
  record(deadlines: Deadline[], followedTo?: number): void {
    this.db.transaction(() => {
      this.writeRows(deadlines);
      if (followedTo !== undefined) this.setFollowed(followedTo);
    });
  }

  /** After a reconciliation: exactly the open deadlines are scheduled. */
  replaceAll(open: Deadline[], followedTo: number): void {
    this.db.transaction(() => {
      this.db.connection.exec('DELETE FROM reminder_schedule');
      this.writeRows(open);
      this.setFollowed(followedTo);
    });
  }

  private writeRows(deadlines: Deadline[]): void {
    const upsert = this.db.statement(
      'INSERT INTO reminder_schedule (deadline_id, due_date) VALUES (?, ?) ON CONFLICT (deadline_id) DO UPDATE SET due_date = excluded.due_date',
    );
    const remove = this.db.statement('DELETE FROM reminder_schedule WHERE deadline_id = ?');
    for (const deadline of deadlines) {
      if (deadline.status === 'open') upsert.run(deadline.deadlineId, deadline.dueDate);
      else remove.run(deadline.deadlineId);
    }
  }

  /** The change position of the calendar up to which the queue reflects it. */
  followed(): number {
    const row = this.db.statement('SELECT position FROM reminder_marks WHERE name = ?').get(FOLLOWED) as { position: number } | undefined;
    return row?.position ?? 0;
  }

  private setFollowed(position: number): void {
    this.db
      .statement('INSERT INTO reminder_marks (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position')
      .run(FOLLOWED, position);
  }
}
