import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue, Worker } from 'bullmq';
import { REMINDERS_QUEUE } from '../../api/src/reminders/reminder-queues';
import { WorkerCalendar } from './calendar/worker-calendar';
import { ReconcileProcessor } from './control/reconcile.processor';
import { ReminderDeliveryProcessor } from './delivery/reminder-delivery.processor';
import { ReminderMailer } from './delivery/reminder-mailer';
import { ReminderScheduler } from './scheduling/reminder-scheduler';

/** how often the scheduler looks for calendar changes when nothing woke it */
const FOLLOW_INTERVAL_MS = 1_000;
const MAX_RETRY_WAIT_MS = 10_000;

/**
 * Starts the worker in an order that heals what happened while it was away: catch the calendar up
 * with the event store, reconcile the queue with it (retrying until Redis answers), then deliver
 * and follow the calendar's changes. `ready` resolves when it delivers.
 */
@Injectable()
export class WorkerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private stopped = false;
  private following?: Promise<void>;
  private markReady!: () => void;
  readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  constructor(
    private readonly calendar: WorkerCalendar,
    private readonly scheduler: ReminderScheduler,
    private readonly mailer: ReminderMailer,
    private readonly delivery: ReminderDeliveryProcessor,
    private readonly control: ReconcileProcessor,
    @InjectQueue(REMINDERS_QUEUE) private readonly queue: Queue,
  ) {}

  onApplicationBootstrap(): void {
    void this.start().catch((error: unknown) => {
      this.logger.error(`The worker could not start: ${(error as Error).stack ?? error}`);
      process.exitCode = 1;
    });
  }

  private async start(): Promise<void> {
    this.reportRedisErrors();
    await this.calendar.start();
    await this.calendar.catchUp(120_000);
    const result = await this.untilItWorks('reconcile the reminders with the calendar', () => this.scheduler.reconcile());
    if (this.stopped) return;
    for (const worker of this.workers()) {
      worker.on('error', (error) => this.logger.warn(`queue ${worker.name}: ${error.message}`));
      void worker.run();
    }
    this.following = this.follow();
    await this.reconcileOnReconnect();
    this.logger.log(
      `Ciclo worker ready: ${result.deadlines} open deadlines, ${result.expected} reminders scheduled ` +
        `(${result.added} added, ${result.removed} removed at start)`,
    );
    this.markReady();
  }

  /** Calendar changes become jobs: woken by each batch of the calendar, and at least every second. */
  private async follow(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      await this.calendar.changes.wait(FOLLOW_INTERVAL_MS);
      if (this.stopped) return;
      try {
        await this.scheduler.syncChanges();
        failures = 0;
      } catch (error) {
        failures += 1;
        this.logger.warn(`could not schedule the latest changes (${(error as Error).message}); retrying`);
        await sleep(Math.min(250 * 2 ** failures, MAX_RETRY_WAIT_MS));
      }
    }
  }

  private async untilItWorks<T>(what: string, work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (this.stopped) throw error;
        this.logger.warn(`could not ${what} (attempt ${attempt}): ${(error as Error).message}; is Redis running (REDIS_URL)?`);
        await sleep(Math.min(500 * attempt, MAX_RETRY_WAIT_MS));
      }
    }
  }

  /** A Redis that restarted may have lost its data: every reconnection is followed by a reconciliation. */
  private async reconcileOnReconnect(): Promise<void> {
    const client = await this.queue.client;
    client.on('ready', () => {
      if (this.stopped) return;
      this.logger.log('Redis is back: reconciling the reminders with the calendar');
      this.scheduler.reconcile().catch((error: Error) => this.logger.warn(`reconciliation after reconnecting failed: ${error.message}`));
    });
  }

  /** BullMQ retries a lost connection by itself; say so once per kind of error instead of failing silently. */
  private reportRedisErrors(): void {
    let last = '';
    this.queue.on('error', (error: Error) => {
      if (error.message !== last) this.logger.warn(`Redis (REDIS_URL): ${error.message}; retrying until it answers`);
      last = error.message;
    });
  }

  private workers(): Worker[] {
    return [this.delivery.worker, this.control.worker];
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    this.stopped = true;
    this.calendar.changes.notify();
    await this.following;
    // deliveries under way finish before the calendar they read is closed
    await Promise.all(this.workers().map((worker) => worker.close()));
    await this.calendar.stop();
    this.calendar.db.close();
    this.mailer.close();
    this.logger.log(`Ciclo worker stopped${signal ? ` (${signal})` : ''}`);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
