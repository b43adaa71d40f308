import type { ReminderChannel, ReminderRecipient } from '@ciclo/domain';
import type { ProjectionDatabase } from '../sqlite/projection-database';

/** A reminder as the recipient's inbox shows it (and as the audit of deliveries lists it). */
export interface Notification {
  notificationId: string;
  outcome: 'sent' | 'failed';
  planId: string;
  deadlineId: string;
  jobId: string;
  kind: string;
  channel: ReminderChannel;
  recipient: ReminderRecipient;
  dueDate: string;
  subject?: string;
  text?: string;
  messageId?: string;
  error?: string;
  recordedAt: string;
  position: number;
}

export interface NotificationFilter {
  recipient?: string;
  deadlineId?: string;
  /** default: every channel */
  channel?: ReminderChannel;
}

export class NotificationReadModel {
  constructor(private readonly db: ProjectionDatabase) {}

  /** Newest first. */
  list(filter: NotificationFilter, limit = 200): Notification[] {
    const conditions: string[] = [];
    const params: (string | number)[] = [];
    if (filter.recipient !== undefined) {
      conditions.push('recipient_id = ?');
      params.push(filter.recipient);
    }
    if (filter.deadlineId !== undefined) {
      conditions.push('deadline_id = ?');
      params.push(filter.deadlineId);
    }
    if (filter.channel !== undefined) {
      conditions.push('channel = ?');
      params.push(filter.channel);
    }
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const rows = this.db
      .statement(`SELECT body FROM notifications ${where} ORDER BY position DESC LIMIT ?`)
      .all(...params, limit) as { body: string }[];
    return rows.map((row) => JSON.parse(row.body) as Notification);
  }
}
