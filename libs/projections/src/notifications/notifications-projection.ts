import { REMINDER_STREAM_CATEGORY, type ReminderEvent } from '@ciclo/domain';
import type { DecodedEvent, Projection } from '../processor/projection';
import type { ProjectionDatabase } from '../sqlite/projection-database';

/**
 * The in-app inbox: one row per reminder the worker delivered or failed to deliver, from the
 * `reminders-<planId>` streams. Delivering to the inbox is appending ReminderSent with channel
 * `inbox`; this projection is what GET /api/notifications reads.
 */
export class NotificationsProjection implements Projection {
  readonly name = 'notifications';
  readonly version = 1;
  readonly categories = [REMINDER_STREAM_CATEGORY];
  readonly replaysPerPlan = true;

  migrate(db: ProjectionDatabase): void {
    db.connection.exec(`
      CREATE TABLE IF NOT EXISTS notifications (
        event_id     TEXT PRIMARY KEY,
        position     INTEGER NOT NULL,
        outcome      TEXT NOT NULL,
        recipient_id TEXT NOT NULL,
        channel      TEXT NOT NULL,
        plan_id      TEXT NOT NULL,
        deadline_id  TEXT NOT NULL,
        recorded_at  TEXT NOT NULL,
        body         TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS notifications_by_recipient ON notifications (recipient_id, position);
      CREATE INDEX IF NOT EXISTS notifications_by_deadline ON notifications (deadline_id, position);
    `);
  }

  reset(db: ProjectionDatabase): void {
    db.connection.exec('DROP TABLE IF EXISTS notifications');
  }

  applyBatch(db: ProjectionDatabase, events: DecodedEvent[]): void {
    const insert = db.statement(
      `INSERT OR IGNORE INTO notifications (event_id, position, outcome, recipient_id, channel, plan_id, deadline_id, recorded_at, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const event of events) {
      if (event.type !== 'ReminderSent' && event.type !== 'ReminderFailed') continue;
      const { data } = event as unknown as ReminderEvent;
      const outcome = event.type === 'ReminderSent' ? 'sent' : 'failed';
      const body = { notificationId: event.id, outcome, ...data, recordedAt: event.metadata.recordedAt, position: event.position };
      insert.run(event.id, event.position, outcome, data.recipient.id, data.channel, data.planId, data.deadlineId, event.metadata.recordedAt, JSON.stringify(body));
    }
  }
}
