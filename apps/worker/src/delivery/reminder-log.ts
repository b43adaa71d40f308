import {
  EVENT_SCHEMA_VERSIONS,
  REMINDER_STREAM_CATEGORY,
  type ReminderEvent,
} from '@ciclo/domain';
import { streamName, WrongExpectedRevisionError, type EventStore } from '@ciclo/event-store';
import type { Clock } from '../../../api/src/infrastructure/clock';

const MAX_ATTEMPTS = 10;

export interface DeliveryJob {
  id: string;
  deadlineId: string;
}

/**
 * The audit trail of the reminders, stream `reminders-<planId>`. Event ids come from the job, the
 * recipient and the channel, so an event is appended once however often a job is delivered:
 * `has` is asked before sending, and `append` checks again under the stream's expected revision.
 */
export class ReminderLog {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async recordedIds(planId: string): Promise<Set<string>> {
    return new Set((await this.store.readStream(this.stream(planId))).map((event) => event.id));
  }

  /** Appends unless an event with this id is there already; returns whether it appended. */
  async append(planId: string, eventId: string, event: ReminderEvent, job: DeliveryJob): Promise<boolean> {
    const stream = this.stream(planId);
    for (let attempt = 1; ; attempt++) {
      const events = await this.store.readStream(stream);
      if (events.some((stored) => stored.id === eventId)) return false;
      const revision = events.length > 0 ? events[events.length - 1].revision : 'no_stream';
      try {
        await this.store.append(
          stream,
          [
            {
              id: eventId,
              type: event.type,
              schemaVersion: EVENT_SCHEMA_VERSIONS[event.type],
              data: event.data,
              metadata: {
                actorId: 'ciclo-worker',
                actorRole: 'admin',
                commandId: job.id,
                commandType: 'DeliverReminder',
                correlationId: job.deadlineId,
                causationId: job.id,
                recordedAt: this.clock.now().toISOString(),
              },
            },
          ],
          revision,
        );
        return true;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private stream(planId: string): string {
    return streamName(REMINDER_STREAM_CATEGORY, planId);
  }
}
