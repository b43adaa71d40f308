import type { DeadlineRules } from '@ciclo/domain';
import type { EventStore } from '@ciclo/event-store';
import { DeadlineReadModel, DeadlinesProjection, ProjectionDatabase, ProjectionProcessor } from '@ciclo/projections';
import { ChangeSignal } from './change-signal';

/**
 * The worker's own copy of the deadline calendar, in its own SQLite file with its own checkpoint:
 * the same projection the API serves, fed by a catch-up subscription over the event store. Each
 * batch that changes deadlines wakes the scheduler.
 */
export class WorkerCalendar {
  readonly deadlines: DeadlineReadModel;
  private readonly processor: ProjectionProcessor;

  constructor(
    private readonly store: EventStore,
    readonly db: ProjectionDatabase,
    rules: DeadlineRules,
    readonly changes: ChangeSignal,
    onError: (error: unknown) => void,
  ) {
    this.processor = new ProjectionProcessor(store, db, [new DeadlinesProjection(rules, () => changes.notify())], { onError });
    this.deadlines = new DeadlineReadModel(db);
  }

  start(): Promise<void> {
    return this.processor.start();
  }

  /** Resolves once every event stored now is in the calendar: a reminder is judged on the latest facts. */
  async catchUp(timeoutMs = 30_000): Promise<void> {
    await this.processor.waitFor(await this.store.headPosition(), timeoutMs);
  }

  position(): number {
    return this.processor.position();
  }

  async stop(): Promise<void> {
    await this.processor.stop();
  }
}
