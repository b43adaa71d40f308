/**
 * What a projection keeps in memory between batches, at most `limit` entries, the least recently
 * used going first: the next command on a plan then finds its state without reading and parsing
 * the row again. Only ever a copy of what is committed: the processor has it forgotten when a
 * batch rolls back or another process moved the projection.
 */
export class RecentStates<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly limit: number) {}

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
  }
}
