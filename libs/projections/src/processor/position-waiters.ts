interface Waiter {
  position: number;
  resolve: () => void;
  reject: (error: unknown) => void;
  timer: NodeJS.Timeout;
}

/** Callers waiting for the projections to reach a global position (read-your-own-writes). */
export class PositionWaiters {
  private waiters: Waiter[] = [];

  wait(position: number, timeoutMs: number, current: () => number): Promise<void> {
    if (current() >= position) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        position,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.remove(waiter);
          reject(new Error(`Projections did not reach position ${position} within ${timeoutMs} ms (at ${current()})`));
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** resolves everyone waiting for `position` or less */
  reached(position: number): void {
    if (this.waiters.length === 0) return;
    const done = this.waiters.filter((w) => w.position <= position);
    this.waiters = this.waiters.filter((w) => w.position > position);
    for (const waiter of done) {
      clearTimeout(waiter.timer);
      waiter.resolve();
    }
  }

  /** rejects everyone: the processor stopped on an error and will not get there by itself */
  failAll(error: unknown): void {
    const all = this.waiters;
    this.waiters = [];
    for (const waiter of all) {
      clearTimeout(waiter.timer);
      waiter.reject(error);
    }
  }

  private remove(waiter: Waiter): void {
    this.waiters = this.waiters.filter((w) => w !== waiter);
  }
}
