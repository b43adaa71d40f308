/**
 * The BullMQ queues of the reminders, shared by the API (which asks for a reconciliation) and the
 * worker (which schedules and delivers). Keys live under REDIS_PREFIX.
 */
export const REMINDERS_QUEUE = 'reminders';
/** Jobs that ask the worker to do something now, e.g. reconcile the scheduled reminders with the calendar. */
export const REMINDERS_CONTROL_QUEUE = 'reminders-control';
export const RECONCILE_JOB = 'reconcile';

/** The data of a reminder job; who receives it is read from the calendar when it is delivered. */
export interface ReminderJobData {
  deadlineId: string;
  planId: string;
  kind: string;
  audience: 'owners' | 'escalation';
  /** ISO timestamp the reminder was due to go out at */
  fireAt: string;
  /** the deadline's due date when the job was scheduled: a moved deadline makes the job stale */
  dueDate: string;
}

/** What a reconciliation found and did. */
export interface ReconcileResult {
  /** open deadlines looked at */
  deadlines: number;
  /** reminders that should be waiting */
  expected: number;
  /** jobs added because they were missing (e.g. Redis lost its data) */
  added: number;
  /** jobs removed because no deadline wants them any more */
  removed: number;
  ms: number;
}
