import { WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type { ReminderJobData } from '../../../api/src/reminders/reminder-queues';
import { ReminderDelivery, type DeliveryOutcome } from './reminder-delivery';

/**
 * BullMQ's side of a reminder: hands the job to ReminderDelivery. A thrown error makes BullMQ
 * retry with backoff; the last attempt ends in ReminderFailed. Registered as the processor of the
 * reminders queue by WorkerModule.forRoot, with the worker options of the configuration.
 */
export class ReminderDeliveryProcessor extends WorkerHost {
  constructor(private readonly delivery: ReminderDelivery) {
    super();
  }

  process(job: Job<ReminderJobData>): Promise<DeliveryOutcome> {
    return this.delivery.deliver({ id: job.id!, data: job.data, attemptsMade: job.attemptsMade, attempts: job.opts.attempts ?? 1 });
  }
}
