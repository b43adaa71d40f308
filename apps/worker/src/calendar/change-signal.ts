/**
 * Wakes the scheduler when the calendar changed. A notification before anyone waits is kept, so
 * a change is never missed between two waits; waiting also ends after `timeoutMs`.
 */
export class ChangeSignal {
  private pending = false;
  private wake?: () => void;

  notify(): void {
    this.pending = true;
    this.wake?.();
  }

  wait(timeoutMs: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      const self = this;
      function done(): void {
        clearTimeout(timer);
        self.wake = undefined;
        self.pending = false;
        resolve();
      }
      this.wake = done;
    });
  }
}
