import { Logger } from '@nestjs/common';
import {
  addDays,
  pendingReminders,
  reminderJobId,
  reminderPointsAfter,
  type Deadline,
  type DeadlineRules,
} from '@ciclo/domain';
import type { Queue } from 'bullmq';
import type { ReconcileResult } from '../../../api/src/reminders/reminder-queues';
import type { WorkerCalendar } from '../calendar/worker-calendar';
import type { ReminderClock } from '../infrastructure/reminder-clock';
import { isReminderJobId, reminderJob, type ReminderJob, type RetryPolicy } from './reminder-jobs';
import type { ScheduleState } from './schedule-state';

export const ADD_CHUNK = 1_000;
export const ADD_PARALLELISM = 4;
const REMOVE_CONCURRENCY = 100;
const CHANGES_PER_SYNC = 5_000;
/**
 * A reminder that fell due this recently and is not in the queue is still sent, late: the deadline
 * appeared, or Redis lost the job, while the worker was down. Delivery skips what was sent already.
 */
export const LATE_WINDOW_MS = 12 * 3600 * 1000;
/** the states in which a job still waits to be delivered */
const WAITING_STATES = ['delayed', 'wait', 'paused', 'prioritized', 'waiting-children'] as const;

/**
 * Keeps the queue in line with the calendar: a deadline that appears gets its delayed jobs, one
 * that moves gets new ones (the old ones removed), one that is met or cancelled loses them. Job
 * ids are deterministic, so adding a job twice leaves one. Operations run one at a time.
 */
export class ReminderScheduler {
  private readonly logger = new Logger('ReminderScheduler');
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly queue: Queue,
    private readonly calendar: WorkerCalendar,
    private readonly state: ScheduleState,
    private readonly rules: DeadlineRules,
    private readonly clock: ReminderClock,
    private readonly retry: RetryPolicy,
  ) {}

  /** Follows the calendar's changes since the last call; returns how many deadlines were synced. */
  syncChanges(): Promise<number> {
    return this.exclusive(async () => {
      let followed = this.state.followed();
      let synced = 0;
      for (;;) {
        const changes = this.calendar.deadlines.changedAfter(followed, CHANGES_PER_SYNC);
        if (changes.length === 0) return synced;
        const deadlines = changes.map((change) => change.deadline);
        await this.sync(deadlines);
        followed = changes[changes.length - 1].changedPosition;
        this.state.record(deadlines, followed);
        synced += deadlines.length;
      }
    });
  }

  /** Syncs one deadline as the calendar has it now; `after` skips reminders up to it (the one just delivered). */
  syncDeadline(deadlineId: string, after?: string): Promise<void> {
    return this.exclusive(async () => {
      const deadline = this.calendar.deadlines.get(deadlineId);
      if (!deadline) return;
      await this.sync([deadline], after);
      this.state.record([deadline]);
    });
  }

  /**
   * Compares the jobs waiting in Redis with the open deadlines of the calendar and repairs the
   * difference: missing jobs are added (Redis lost its data, the worker was down when a deadline
   * appeared), jobs no deadline wants are removed.
   */
  reconcile(): Promise<ReconcileResult> {
    return this.exclusive(async () => {
      const started = performance.now();
      const followedTo = this.calendar.deadlines.lastChangedPosition();
      const open = this.calendar.deadlines.open();
      const now = this.clock.now().toISOString();
      const wanted = open.flatMap((deadline) => this.jobsFor(deadline, now));
      const present = new Set((await this.queue.getRanges([...WAITING_STATES], 0, -1)).filter(isReminderJobId));
      const wantedIds = new Set(wanted.map((job) => job.opts.jobId));
      const missing: ReminderJob[] = [];
      for (const job of wanted) {
        if (present.has(job.opts.jobId)) continue;
        // a late one may have run already (it stays in Redis as completed): only a job Redis never saw is missing
        if (job.data.fireAt <= now && (await this.queue.getJobState(job.opts.jobId)) !== 'unknown') continue;
        missing.push(job);
      }
      const stale = [...present].filter((id) => !wantedIds.has(id));
      await this.add(missing);
      await this.remove(stale);
      this.state.replaceAll(open, followedTo);
      const result = { deadlines: open.length, expected: wanted.length, added: missing.length, removed: stale.length, ms: Math.round(performance.now() - started) };
      if (result.added > 0 || result.removed > 0) this.logger.log(`Reconciled: ${JSON.stringify(result)}`);
      return result;
    });
  }

  /** The jobs that should be in the queue for a deadline now: the upcoming ones, and the late ones of LATE_WINDOW_MS. */
  jobsFor(deadline: Deadline, now: string): ReminderJob[] {
    const { reminders: policy, timeZone } = this.rules;
    const lateSince = new Date(Date.parse(now) - LATE_WINDOW_MS).toISOString();
    const late = pendingReminders(deadline, policy, timeZone, lateSince).filter((point) => point.fireAt <= now);
    return [...late, ...pendingReminders(deadline, policy, timeZone, now)].map((point) =>
      reminderJob(deadline, point, this.clock, this.retry),
    );
  }

  private async sync(deadlines: Deadline[], after?: string): Promise<void> {
    const now = this.clock.now().toISOString();
    const from = after !== undefined && after > now ? after : now;
    const adds: ReminderJob[] = [];
    const removes: string[] = [];
    for (const deadline of deadlines) {
      const jobs = this.jobsFor(deadline, from);
      adds.push(...jobs);
      const scheduled = this.state.scheduled(deadline.deadlineId);
      if (scheduled && (scheduled.dueDate !== deadline.dueDate || deadline.status !== 'open')) {
        const keep = new Set(jobs.map((job) => job.opts.jobId));
        removes.push(...this.jobIdsOf(deadline.deadlineId, scheduled.dueDate, now).filter((id) => !keep.has(id)));
      }
    }
    await this.add(adds);
    await this.remove(removes);
  }

  /** Every job that may still wait for a deadline due on `dueDate`, the recently overdue ones included. */
  private jobIdsOf(deadlineId: string, dueDate: string, now: string): string[] {
    const { reminders: policy, timeZone } = this.rules;
    const grace = `${addDays(now.slice(0, 10), -policy.escalation.everyDays)}${now.slice(10)}`;
    const points = [...reminderPointsAfter(dueDate, policy, timeZone, grace), ...reminderPointsAfter(dueDate, policy, timeZone, now)];
    return [...new Set(points.map((point) => reminderJobId(deadlineId, point)))];
  }

  /**
   * Adds in bulks of ADD_CHUNK, ADD_PARALLELISM at a time (BullMQ spends more time packing jobs
   * than Redis storing them, so bulks in flight overlap the two). The delay is taken right before
   * each bulk (the jobs are the caller's fresh ones), so a slow batch does not make its jobs late.
   */
  async add(jobs: ReminderJob[]): Promise<void> {
    let next = 0;
    const addChunks = async () => {
      while (next < jobs.length) {
        const chunk = jobs.slice(next, (next += ADD_CHUNK));
        for (const job of chunk) job.opts.delay = this.clock.realDelayUntil(job.data.fireAt);
        await this.queue.addBulk(chunk);
      }
    };
    await Promise.all(Array.from({ length: Math.min(ADD_PARALLELISM, Math.ceil(jobs.length / ADD_CHUNK)) }, addChunks));
  }

  private async remove(jobIds: string[]): Promise<void> {
    for (let i = 0; i < jobIds.length; i += REMOVE_CONCURRENCY) {
      // 0 means the job is being delivered right now: the delivery itself sees the deadline changed and skips it
      await Promise.all(jobIds.slice(i, i + REMOVE_CONCURRENCY).map((id) => this.queue.remove(id)));
    }
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work, work);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
