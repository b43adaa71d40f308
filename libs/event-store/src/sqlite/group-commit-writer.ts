import type Database from 'better-sqlite3';
import { AppendResult } from '../port';
import { AppendRequest, EncodedAppend, encodeAppendRequest } from './append-request';
import { AppendWriter, WriterOptions } from './append-writer';
import { writeBatch } from './batch-transaction';
import { DurabilitySettings, durabilitySettings } from './connection';
import { EventStoreBusyError, isSqliteBusy } from './errors';
import { Statements } from './statements';
import { WriteCounters, WriteStats } from './write-stats';

interface PendingAppend {
  request: EncodedAppend;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/**
 * The in-thread write path ('inline'). Appends queue up until the next turn of the event loop and
 * are then written in one transaction (see writeBatch). Simple, but every COMMIT's fsync blocks
 * the caller's event loop; the 'thread' writer moves that to a worker thread.
 */
export class GroupCommitWriter implements AppendWriter {
  private queue: PendingAppend[] = [];
  private scheduled: NodeJS.Immediate | null = null;
  private readonly counters = new WriteCounters();

  constructor(
    private readonly db: Database.Database,
    private readonly statements: Statements,
    private readonly options: WriterOptions,
  ) {}

  get stats(): WriteStats {
    return this.counters.snapshot();
  }

  durabilitySettings(): DurabilitySettings {
    return durabilitySettings(this.db);
  }

  enqueue(request: AppendRequest): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      let encoded: EncodedAppend;
      try {
        encoded = encodeAppendRequest(request);
      } catch (error) {
        this.counters.appendsRejected();
        return reject(error);
      }
      this.queue.push({ request: encoded, resolve, reject });
      this.scheduled ??= setImmediate(() => this.flush());
    });
  }

  /** Writes what is queued; the connection itself belongs to the store, which closes it. */
  async close(): Promise<void> {
    this.flush();
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
    let outcomes;
    try {
      outcomes = writeBatch(
        this.db,
        this.statements,
        batch.map((pending) => pending.request),
      );
    } catch (error) {
      const reported = isSqliteBusy(error) ? new EventStoreBusyError(this.options.busyTimeoutMs, error) : error;
      for (const pending of batch) pending.reject(reported);
      this.counters.appendsRejected(batch.length);
      return false;
    }
    this.counters.committedBatch(batch.length);
    outcomes.forEach((outcome, i) => {
      if (outcome.ok) {
        this.counters.appendCommitted();
        batch[i].resolve(outcome.result);
      } else {
        this.counters.appendsRejected();
        batch[i].reject(outcome.error);
      }
    });
    return true;
  }
}
