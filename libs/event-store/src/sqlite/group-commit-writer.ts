import type Database from 'better-sqlite3';
import { AppendResult } from '../port';
import { appendInTransaction } from './append-in-transaction';
import { AppendOutcome, AppendRequest } from './append-request';
import { EventStoreBusyError, isSqliteBusy } from './errors';
import { Statements } from './statements';

interface PendingAppend {
  request: AppendRequest;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

export interface WriteStats {
  /** committed transactions; with group commit one transaction carries many appends */
  transactions: number;
  appendsCommitted: number;
  appendsRejected: number;
  largestBatch: number;
}

export interface GroupCommitOptions {
  groupCommit: boolean;
  busyTimeoutMs: number;
  /** called after each flush that committed something (wakes the subscriptions) */
  onCommitted(): void;
}

/**
 * The single write path. Appends queue up until the next turn of the event loop and are then
 * written in one BEGIN IMMEDIATE ... COMMIT, each inside its own savepoint: a conflicting append
 * rolls back only itself, and one fsync serves the whole batch. Nobody hears "done" before COMMIT.
 */
export class GroupCommitWriter {
  private queue: PendingAppend[] = [];
  private scheduled: NodeJS.Immediate | null = null;
  private readonly counters: WriteStats = { transactions: 0, appendsCommitted: 0, appendsRejected: 0, largestBatch: 0 };

  constructor(
    private readonly db: Database.Database,
    private readonly statements: Statements,
    private readonly options: GroupCommitOptions,
  ) {}

  get stats(): WriteStats {
    return { ...this.counters };
  }

  enqueue(request: AppendRequest): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.scheduled ??= setImmediate(() => this.flush());
    });
  }

  /** Writes everything queued so far; runs on the next turn of the event loop, or from close(). */
  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    const queued = this.queue;
    this.queue = [];
    if (queued.length === 0) return;

    const batches = this.options.groupCommit ? [queued] : queued.map((pending) => [pending]);
    let committed = false;
    for (const batch of batches) committed = this.commitBatch(batch) || committed;
    if (committed) this.options.onCommitted();
  }

  private commitBatch(batch: PendingAppend[]): boolean {
    let outcomes: AppendOutcome[];
    try {
      outcomes = this.writeBatch(batch);
    } catch (error) {
      const reported = isSqliteBusy(error) ? new EventStoreBusyError(this.options.busyTimeoutMs, error) : error;
      for (const pending of batch) pending.reject(reported);
      this.counters.appendsRejected += batch.length;
      return false;
    }
    this.counters.transactions += 1;
    this.counters.largestBatch = Math.max(this.counters.largestBatch, batch.length);
    outcomes.forEach((outcome, i) => {
      if (outcome.ok) {
        this.counters.appendsCommitted += 1;
        batch[i].resolve(outcome.result);
      } else {
        this.counters.appendsRejected += 1;
        batch[i].reject(outcome.error);
      }
    });
    return true;
  }

  /** Throws when the batch as a whole did not commit: then none of its appends may be acknowledged. */
  private writeBatch(batch: PendingAppend[]): AppendOutcome[] {
    const { statements } = this;
    statements.begin.run();
    try {
      const outcomes = batch.map((pending) => this.appendInSavepoint(pending.request));
      statements.commit.run();
      return outcomes;
    } catch (error) {
      // A failed COMMIT (e.g. SQLITE_BUSY) can leave the transaction open.
      if (this.db.inTransaction) statements.rollback.run();
      throw error;
    }
  }

  private appendInSavepoint(request: AppendRequest): AppendOutcome {
    const { statements } = this;
    statements.savepoint.run();
    try {
      const result = appendInTransaction(statements, request);
      statements.releaseSavepoint.run();
      return { ok: true, result };
    } catch (error) {
      // Some errors (I/O, disk full) end the whole transaction: then the batch fails as a whole.
      if (!this.db.inTransaction) throw error;
      statements.rollbackToSavepoint.run();
      statements.releaseSavepoint.run();
      return { ok: false, error };
    }
  }
}
