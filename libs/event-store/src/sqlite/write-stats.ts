export interface WriteStats {
  /** committed transactions; with group commit one transaction carries many appends */
  transactions: number;
  appendsCommitted: number;
  appendsRejected: number;
  largestBatch: number;
}

/** The write path's counters, kept on the main thread whichever thread writes. */
export class WriteCounters {
  private readonly counters: WriteStats = { transactions: 0, appendsCommitted: 0, appendsRejected: 0, largestBatch: 0 };

  snapshot(): WriteStats {
    return { ...this.counters };
  }

  committedBatch(size: number): void {
    this.counters.transactions += 1;
    this.counters.largestBatch = Math.max(this.counters.largestBatch, size);
  }

  appendCommitted(): void {
    this.counters.appendsCommitted += 1;
  }

  appendsRejected(count = 1): void {
    this.counters.appendsRejected += count;
  }
}
