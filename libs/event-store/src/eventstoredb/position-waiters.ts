interface PositionWaiter {
  position: number;
  resolve(): void;
  reject(error: unknown): void;
  timer: NodeJS.Timeout;
}

/** The callers of `Subscription.waitFor`, each waiting for the checkpoint to reach a position. */
export class PositionWaiters {
  private waiters: PositionWaiter[] = [];

  /** Resolves once `reached` is told a position at or past `position`; rejects after `timeoutMs`. */
  wait(position: number, timeoutMs: number, checkpoint: () => number): Promise<void> {
    return new Promise((resolve, reject) => {
      const waiter: PositionWaiter = {
        position,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          reject(new Error(`Subscription did not reach position ${position} within ${timeoutMs} ms (at ${checkpoint()})`));
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  reached(checkpoint: number): void {
    const done = this.waiters.filter((w) => w.position <= checkpoint);
    if (done.length === 0) return;
    this.waiters = this.waiters.filter((w) => w.position > checkpoint);
    for (const waiter of done) {
      clearTimeout(waiter.timer);
      waiter.resolve();
    }
  }

  rejectAll(error: unknown): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(error);
    }
  }
}
