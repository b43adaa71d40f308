import { WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type { ReconcileResult } from '../../../api/src/reminders/reminder-queues';
import { ReminderScheduler } from '../scheduling/reminder-scheduler';

/** POST /api/reminders/reconcile puts a job on the control queue; this runs it. */
export class ReconcileProcessor extends WorkerHost {
  constructor(private readonly scheduler: ReminderScheduler) {
    super();
  }

  process(_job: Job): Promise<ReconcileResult> {
    return this.scheduler.reconcile();
  }
}
