import { Logger } from '@nestjs/common';
import {
  composeReminderMessage,
  localDateOf,
  type Deadline,
  type DeadlinePerson,
  type DeadlineRules,
  type ReminderChannel,
} from '@ciclo/domain';
import { derivedId } from '../../../api/src/command-handling/derived-id';
import type { ReminderJobData } from '../../../api/src/reminders/reminder-queues';
import type { WorkerCalendar } from '../calendar/worker-calendar';
import type { ReminderClock } from '../infrastructure/reminder-clock';
import type { ReminderScheduler } from '../scheduling/reminder-scheduler';
import type { ReminderLog } from './reminder-log';
import type { ReminderMailer } from './reminder-mailer';

export interface DeliveryAttempt {
  id: string;
  data: ReminderJobData;
  /** failed attempts before this one */
  attemptsMade: number;
  attempts: number;
}

export type DeliveryOutcome = { delivered: number } | { skipped: string };

/** The id of the ReminderSent of one job, recipient and channel: the same every time the job runs. */
export function deliveryEventId(jobId: string, recipientId: string, channel: ReminderChannel): string {
  return derivedId(jobId, `${recipientId}/${channel}`);
}

/**
 * Delivers one reminder job: checks on the latest calendar that it is still due (a moved, met or
 * cancelled deadline makes it stale), then tells each recipient in the inbox and by e-mail,
 * appending ReminderSent for each. What was recorded already is not sent again, so a job run
 * twice (a worker killed mid-delivery, a retry) tells nobody twice, within the limit that SMTP
 * allows: see the README, "exactly once".
 */
export class ReminderDelivery {
  private readonly logger = new Logger('ReminderDelivery');

  constructor(
    private readonly calendar: WorkerCalendar,
    private readonly log: ReminderLog,
    private readonly mailer: ReminderMailer,
    private readonly scheduler: ReminderScheduler,
    private readonly rules: DeadlineRules,
    private readonly clock: ReminderClock,
    private readonly publicUrl: string,
  ) {}

  async deliver(job: DeliveryAttempt): Promise<DeliveryOutcome> {
    await this.calendar.catchUp();
    const deadline = this.calendar.deadlines.get(job.data.deadlineId);
    const today = localDateOf(this.clock.now(), this.rules.timeZone);
    const stale = staleness(deadline, job.data, today);
    if (stale || !deadline) return { skipped: stale ?? 'unknown deadline' };

    const recipients = job.data.audience === 'owners' ? deadline.owners : deadline.escalateTo;
    const recorded = await this.log.recordedIds(deadline.planId);
    const failures: string[] = [];
    let delivered = 0;
    for (const recipient of recipients) {
      for (const channel of this.channelsOf(recipient)) {
        const eventId = deliveryEventId(job.id, recipient.id, channel);
        if (recorded.has(eventId)) continue;
        try {
          await this.deliverTo(job, deadline, recipient, channel, today, eventId);
          delivered += 1;
        } catch (error) {
          failures.push(`${channel} to ${recipient.id}: ${(error as Error).message}`);
          if (job.attemptsMade + 1 >= job.attempts) await this.recordFailure(job, deadline, recipient, channel, error as Error);
        }
      }
    }
    if (failures.length > 0) throw new Error(`reminder ${job.id} not delivered: ${failures.join('; ')}`);
    // an escalation repeats while the deadline stays overdue: the next one is scheduled now
    if (job.data.audience === 'escalation') await this.scheduler.syncDeadline(deadline.deadlineId, job.data.fireAt);
    return { delivered };
  }

  private channelsOf(recipient: DeadlinePerson): ReminderChannel[] {
    return recipient.email && this.mailer.enabled ? ['inbox', 'email'] : ['inbox'];
  }

  private async deliverTo(
    job: DeliveryAttempt,
    deadline: Deadline,
    recipient: DeadlinePerson,
    channel: ReminderChannel,
    today: string,
    eventId: string,
  ): Promise<void> {
    const link = `${this.publicUrl}/api/plans/${deadline.planId}`;
    const { subject, text } = composeReminderMessage({ deadline, audience: job.data.audience, recipient, today, link });
    const messageId = `<${eventId}@ciclo.reminders>`;
    if (channel === 'email') {
      await this.mailer.send({
        to: { ...recipient, email: recipient.email! },
        subject,
        text,
        messageId,
        headers: { 'X-Ciclo-Deadline': deadline.deadlineId, 'X-Ciclo-Reminder': job.id },
      });
    }
    await this.log.append(
      deadline.planId,
      eventId,
      {
        type: 'ReminderSent',
        data: {
          ...this.fields(job, deadline, recipient, channel),
          subject,
          text,
          ...(channel === 'email' ? { messageId } : {}),
        },
      },
      { id: job.id, deadlineId: deadline.deadlineId },
    );
  }

  private async recordFailure(job: DeliveryAttempt, deadline: Deadline, recipient: DeadlinePerson, channel: ReminderChannel, error: Error) {
    this.logger.error(`reminder ${job.id} to ${recipient.id} by ${channel} failed for good: ${error.message}`);
    await this.log.append(
      deadline.planId,
      derivedId(job.id, `${recipient.id}/${channel}/failed`),
      { type: 'ReminderFailed', data: { ...this.fields(job, deadline, recipient, channel), error: error.message, attempts: job.attemptsMade + 1 } },
      { id: job.id, deadlineId: deadline.deadlineId },
    );
  }

  private fields(job: DeliveryAttempt, deadline: Deadline, recipient: DeadlinePerson, channel: ReminderChannel) {
    return {
      planId: deadline.planId,
      deadlineId: deadline.deadlineId,
      jobId: job.id,
      kind: job.data.kind,
      channel,
      recipient: { id: recipient.id, name: recipient.name, ...(recipient.email ? { email: recipient.email } : {}) },
      dueDate: deadline.dueDate,
    };
  }
}

/** Why a job should not be delivered any more, or undefined when it should. */
function staleness(deadline: Deadline | undefined, job: ReminderJobData, today: string): string | undefined {
  if (!deadline) return 'the deadline is not in the calendar';
  if (deadline.status !== 'open') return `the deadline is ${deadline.status}`;
  if (deadline.dueDate !== job.dueDate) return `the deadline moved from ${job.dueDate} to ${deadline.dueDate}`;
  if (job.audience === 'escalation' && today <= deadline.dueDate) return 'the deadline is not overdue';
  return undefined;
}
