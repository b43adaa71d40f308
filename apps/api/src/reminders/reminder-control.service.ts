import { GatewayTimeoutException, Injectable, OnApplicationShutdown, ServiceUnavailableException } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { RECONCILE_JOB, REMINDERS_CONTROL_QUEUE, type ReconcileResult } from './reminder-queues';
import { RedisConnection } from './redis-connection';

const POLL_MS = 50;

/**
 * Asks the worker to reconcile now: a job on the control queue, whose result is awaited. The
 * queue is opened on first use and dropped after a failure, so a Redis that was down when the API
 * started, or went away, is picked up again as soon as it answers.
 */
@Injectable()
export class ReminderControl implements OnApplicationShutdown {
  private queue?: Queue;

  constructor(private readonly redis: RedisConnection) {}

  async reconcile(timeoutMs = 30_000): Promise<ReconcileResult> {
    if (this.redis.client.status !== 'ready') {
      throw new ServiceUnavailableException(`Redis is unavailable (${this.redis.client.status}); reminders cannot be reconciled now`);
    }
    const queue = (this.queue ??= new Queue(REMINDERS_CONTROL_QUEUE, { connection: this.redis.client, prefix: this.redis.prefix }));
    let job: Job;
    try {
      job = await queue.add(RECONCILE_JOB, {}, { removeOnComplete: 100, removeOnFail: 100 });
    } catch (error) {
      await this.dropQueue();
      throw new ServiceUnavailableException(`Redis refused the request: ${(error as Error).message}`);
    }
    return this.awaitResult(queue, job.id!, timeoutMs);
  }

  private async awaitResult(queue: Queue, jobId: string, timeoutMs: number): Promise<ReconcileResult> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const job = await Job.fromId<unknown, ReconcileResult>(queue, jobId);
      const state = job ? await job.getState() : 'unknown';
      if (state === 'completed') return job!.returnvalue;
      if (state === 'failed') throw new ServiceUnavailableException(`The worker could not reconcile: ${job!.failedReason}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    throw new GatewayTimeoutException(
      `No worker answered within ${timeoutMs} ms: is the worker running (npm run start:worker)? The request stays queued.`,
    );
  }

  private async dropQueue(): Promise<void> {
    const queue = this.queue;
    this.queue = undefined;
    await queue?.close().catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.dropQueue();
  }
}
