import { reminderJobId, type Deadline, type ReminderPoint } from '@ciclo/domain';
import type { JobsOptions } from 'bullmq';
import type { ReminderJobData } from '../../../api/src/reminders/reminder-queues';
import type { ReminderClock } from '../infrastructure/reminder-clock';

export const REMINDER_JOB_NAME = 'reminder';

/** Delivered jobs stay in Redis this long, so a re-added id is recognised rather than run again. */
const KEEP_SECONDS = 90 * 24 * 3600;

export interface RetryPolicy {
  attempts: number;
  backoffMs: number;
}

export interface ReminderJob {
  name: string;
  data: ReminderJobData;
  opts: JobsOptions & { jobId: string; delay: number };
}

/** The delayed job of one reminder: its id is deterministic, its delay the real time until it is due. */
export function reminderJob(deadline: Deadline, point: ReminderPoint, clock: ReminderClock, retry: RetryPolicy): ReminderJob {
  return {
    name: REMINDER_JOB_NAME,
    data: {
      deadlineId: deadline.deadlineId,
      planId: deadline.planId,
      kind: point.kind,
      audience: point.audience,
      fireAt: point.fireAt,
      dueDate: deadline.dueDate,
    },
    opts: {
      jobId: reminderJobId(deadline.deadlineId, point),
      delay: clock.realDelayUntil(point.fireAt),
      attempts: retry.attempts,
      backoff: { type: 'exponential', delay: retry.backoffMs },
      removeOnComplete: { age: KEEP_SECONDS },
      removeOnFail: { age: KEEP_SECONDS },
    },
  };
}

export function isReminderJobId(id: string): boolean {
  return id.startsWith('reminder/');
}
