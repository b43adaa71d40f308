import type { AllStreamResolvedEvent, AllStreamSubscription, ReadPosition } from '@eventstore/db-client';
import { StoredEvent, SubscribeOptions, Subscription } from '../port';
import { CheckpointCursor, reconnectDelayMs } from './checkpoint-cursor';
import { isTransientConnectionError } from './error-mapping';
import { PositionWaiters } from './position-waiters';
import { readBatches } from './read-batches';

export type SubscriptionHandler = (events: StoredEvent[]) => Promise<void> | void;

/** What the subscription needs from the store: a server-side catch-up subscription, and decoding. */
export interface SubscriptionSource {
  /** a catch-up (never a persistent) subscription to `$all` from `from`, filtered to our streams */
  open(from: ReadPosition): AllStreamSubscription;
  /** the delivered event as ours, or nothing when it is not one of our streams */
  decode(resolved: AllStreamResolvedEvent): StoredEvent[];
}

/** A handler's own failure, kept apart from connection failures, which are retried. */
class HandlerFailure {
  constructor(readonly error: unknown) {}
}

const DEFAULT_BATCH_SIZE = 500;

/**
 * The port's catch-up subscription on EventStoreDB: a server-side catch-up subscription to `$all`
 * (never a persistent one, which may redeliver and reorder), read in batches, one batch in the
 * handler at a time. A lost connection opens it again from the checkpoint after a growing delay;
 * a handler error, or any other error, stops it and goes to `onError`.
 */
export class EventStoreDbCatchUpSubscription implements Subscription {
  private readonly cursor: CheckpointCursor;
  private readonly batchSize: number;
  private stopped = false;
  private failure: { error: unknown } | null = null;
  private current?: AllStreamSubscription;
  private readonly waiters = new PositionWaiters();
  private wakeFromDelay?: () => void;
  private readonly finished: Promise<void>;

  constructor(
    private readonly source: SubscriptionSource,
    options: SubscribeOptions,
    private readonly handler: SubscriptionHandler,
    private readonly onError: ((error: unknown) => void) | undefined,
    onFinished: (subscription: EventStoreDbCatchUpSubscription) => void,
  ) {
    this.cursor = new CheckpointCursor(options.after ?? 0);
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isSafeInteger(this.batchSize) || this.batchSize < 1) {
      throw new RangeError(`batchSize must be a positive integer, got ${options.batchSize}`);
    }
    this.finished = this.run().finally(() => onFinished(this));
  }

  waitFor(position: number, timeoutMs = 5000): Promise<void> {
    if (this.cursor.checkpoint >= position) return Promise.resolve();
    if (this.failure) return Promise.reject(this.failure.error);
    if (this.stopped) return Promise.reject(new Error(`Subscription stopped at position ${this.cursor.checkpoint}`));
    return this.waiters.wait(position, timeoutMs, () => this.cursor.checkpoint);
  }

  /** Nothing to do: the server pushes new events to a live subscription as they are written. */
  wake(): void {}

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeFromDelay?.();
    if (this.current) await closeServerSubscription(this.current);
    this.waiters.rejectAll(new Error(`Subscription stopped at position ${this.cursor.checkpoint}`));
    await this.finished;
  }

  private async run(): Promise<void> {
    await Promise.resolve(); // let subscribeToAll return before the first handler call
    let failuresInARow = 0;
    while (!this.stopped) {
      try {
        await this.follow(() => (failuresInARow = 0));
        if (this.stopped) return;
        failuresInARow += 1; // the server ended the subscription: open it again
      } catch (error) {
        if (this.stopped) return;
        if (error instanceof HandlerFailure) return this.fail(error.error);
        if (!isTransientConnectionError(error)) return this.fail(error);
        failuresInARow += 1;
      }
      await this.delay(reconnectDelayMs(failuresInARow));
    }
  }

  /** One server subscription, from the checkpoint until it ends, fails, or we stop. */
  private async follow(onDelivery: () => void): Promise<void> {
    const stream = this.source.open(this.cursor.resumeFrom());
    this.current = stream;
    try {
      for await (const delivered of readBatches<AllStreamResolvedEvent>(stream, this.batchSize)) {
        onDelivery();
        const events = this.cursor.unseen(delivered.flatMap((resolved) => this.source.decode(resolved)));
        if (events.length === 0) continue;
        try {
          await this.handler(events);
        } catch (error) {
          throw new HandlerFailure(error);
        }
        this.cursor.handled(events);
        this.waiters.reached(this.cursor.checkpoint);
        if (this.stopped) return;
      }
    } finally {
      this.current = undefined;
      await closeServerSubscription(stream);
    }
  }

  private fail(error: unknown): void {
    this.stopped = true;
    this.failure = { error };
    this.waiters.rejectAll(error);
    this.onError?.(error);
  }

  private delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(), ms);
      const done = () => {
        clearTimeout(timer);
        this.wakeFromDelay = undefined;
        resolve();
      };
      this.wakeFromDelay = done;
    });
  }
}

/**
 * Cancels the server subscription and ends the local stream (a cancelled call does not always end
 * it). A stream nobody reads any more may still report its connection's end: unheard, that error
 * would crash the process, so it is listened to and dropped.
 */
async function closeServerSubscription(stream: AllStreamSubscription): Promise<void> {
  stream.on('error', () => undefined);
  await stream.unsubscribe().catch(() => undefined);
  stream.destroy();
}
