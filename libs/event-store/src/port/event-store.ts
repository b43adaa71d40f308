import { AppendResult, EventToAppend, StoredEvent } from './events';
import { ExpectedRevision } from './expected-revision';

export interface ReadAllOptions {
  /** return events with a global position strictly greater than this (0 = from the start) */
  after?: number;
  /** at most this many events */
  limit?: number;
}

export interface SubscribeOptions {
  /** start after this global position (the subscriber's checkpoint; 0 = from the start) */
  after: number;
  /** events handed over per call at most */
  batchSize?: number;
}

/** A running catch-up subscription: it first reads the past, then follows new events. */
export interface Subscription {
  /** resolves when the handler has processed every event up to at least `position` */
  waitFor(position: number, timeoutMs?: number): Promise<void>;
  /** another process may have appended: look for new events now rather than at the next poll */
  wake(): void;
  stop(): Promise<void>;
}

/**
 * The event-store port. Adapters: SQLite (embedded default), EventStoreDB.
 * Every adapter passes the conformance suite in `testing/`.
 */
export interface EventStore {
  /** Appends atomically; throws WrongExpectedRevisionError on a conflict, leaving the stream as it was. */
  append(streamName: string, events: EventToAppend[], expected: ExpectedRevision): Promise<AppendResult>;
  /** The stream's events from `fromRevision` (inclusive, default 0); [] for a stream that does not exist. */
  readStream(streamName: string, fromRevision?: number): Promise<StoredEvent[]>;
  /** Events of all streams in global order. */
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;
  /** Global position of the last stored event (0 when empty). */
  headPosition(): Promise<number>;
  /**
   * Catch up from `after`, then follow. The handler gets batches in global order; the next batch
   * comes only after the handler's promise resolves. A handler error stops the subscription and
   * is reported to `onError`.
   */
  subscribeToAll(
    options: SubscribeOptions,
    handler: (events: StoredEvent[]) => Promise<void> | void,
    onError?: (error: unknown) => void,
  ): Subscription;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
