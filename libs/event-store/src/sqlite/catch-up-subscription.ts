import { StoredEvent, SubscribeOptions, Subscription } from '../port';

export type SubscriptionHandler = (events: StoredEvent[]) => Promise<void> | void;

interface PositionWaiter {
  position: number;
  resolve(): void;
  reject(error: unknown): void;
  timer: NodeJS.Timeout;
}

export interface CatchUpSource {
  readAfter(position: number, limit: number): StoredEvent[];
}

const DEFAULT_BATCH_SIZE = 500;

/**
 * Reads from a checkpoint in batches until it is at the head, then sleeps until woken (an append
 * committed through this store) or until the poll interval elapses (appends by other processes).
 * One batch at a time: the next read happens only after the handler's promise has settled.
 */
export class CatchUpSubscription implements Subscription {
  private checkpoint: number;
  private stopped = false;
  private failure: { error: unknown } | null = null;
  private wakeUp: (() => void) | null = null;
  private waiters: PositionWaiter[] = [];
  private readonly finished: Promise<void>;
  private readonly batchSize: number;

  constructor(
    private readonly source: CatchUpSource,
    options: SubscribeOptions,
    private readonly handler: SubscriptionHandler,
    private readonly onError: ((error: unknown) => void) | undefined,
    private readonly pollIntervalMs: number,
    onFinished: (subscription: CatchUpSubscription) => void,
  ) {
    this.checkpoint = options.after ?? 0;
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isSafeInteger(this.batchSize) || this.batchSize < 1) {
      throw new RangeError(`batchSize must be a positive integer, got ${options.batchSize}`);
    }
    this.finished = this.run().finally(() => onFinished(this));
  }

  /** Something was committed: look now instead of at the next poll. */
  wake(): void {
    this.wakeUp?.();
  }

  waitFor(position: number, timeoutMs = 5000): Promise<void> {
    if (this.checkpoint >= position) return Promise.resolve();
    if (this.failure) return Promise.reject(this.failure.error);
    if (this.stopped) return Promise.reject(new Error(`Subscription stopped at position ${this.checkpoint}`));
    return new Promise((resolve, reject) => {
      const waiter: PositionWaiter = {
        position,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          reject(new Error(`Subscription did not reach position ${position} within ${timeoutMs} ms (at ${this.checkpoint})`));
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    this.rejectWaiters(new Error(`Subscription stopped at position ${this.checkpoint}`));
    await this.finished;
  }

  private async run(): Promise<void> {
    await Promise.resolve(); // let subscribeToAll return before the first handler call
    try {
      while (!this.stopped) {
        const batch = this.source.readAfter(this.checkpoint, this.batchSize);
        if (batch.length === 0) {
          await this.sleep();
          continue;
        }
        await this.handler(batch);
        this.checkpoint = batch[batch.length - 1].position;
        this.resolveReachedWaiters();
      }
    } catch (error) {
      this.stopped = true;
      this.failure = { error };
      this.rejectWaiters(error);
      this.onError?.(error);
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(), this.pollIntervalMs);
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      this.wakeUp = done;
    });
  }

  private resolveReachedWaiters(): void {
    const reached = this.waiters.filter((w) => w.position <= this.checkpoint);
    if (reached.length === 0) return;
    this.waiters = this.waiters.filter((w) => w.position > this.checkpoint);
    for (const waiter of reached) {
      clearTimeout(waiter.timer);
      waiter.resolve();
    }
  }

  private rejectWaiters(error: unknown): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(error);
    }
  }
}
