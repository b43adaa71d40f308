/**
 * What the reminder worker did, in stream `reminders-<planId>`: the audit trail shows that an
 * owner was told of a deadline (or that telling them failed). The event id is derived from the
 * job, the recipient and the channel, so a job delivered again appends nothing twice.
 */
export type ReminderChannel = 'email' | 'inbox';
export const REMINDER_CHANNELS: readonly ReminderChannel[] = ['email', 'inbox'];

export interface ReminderRecipient {
  id: string;
  name: string;
  email?: string;
}

interface ReminderFields {
  planId: string;
  deadlineId: string;
  /** the BullMQ job that delivered it */
  jobId: string;
  /** e.g. "before-30d", "on-day", "escalation-2" */
  kind: string;
  channel: ReminderChannel;
  recipient: ReminderRecipient;
  /** the deadline's due date when the reminder went out, YYYY-MM-DD */
  dueDate: string;
}

export type ReminderSent = {
  type: 'ReminderSent';
  data: ReminderFields & { subject: string; text: string; messageId?: string };
};

export type ReminderFailed = {
  type: 'ReminderFailed';
  data: ReminderFields & { error: string; attempts: number };
};

export type ReminderEvent = ReminderSent | ReminderFailed;
export type ReminderEventType = ReminderEvent['type'];

/** Reminder events live in `reminders-<planId>`; `reminders` is their stream category. */
export const REMINDER_STREAM_CATEGORY = 'reminders';
