/**
 * Runs the work queued under one key one piece after another, and work under different keys
 * side by side. The command handler queues by plan: two commands of one plan sent at the same
 * moment would otherwise both read revision n, race for n + 1, and the loser would sleep and
 * decide again; queued, the second one reads n + 1 and appends at once. Only another process
 * writing the same plan can still make an append lose its race.
 */
export class KeyedSerialQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    // the next piece of work starts whether this one succeeded or failed
    const result = previous.then(work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** keys with work queued or running */
  get busyKeys(): number {
    return this.tails.size;
  }
}
