import type Database from 'better-sqlite3';
import {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  StoredEvent,
  SubscribeOptions,
  Subscription,
} from '../port';
import { validateAppendRequest } from './append-request';
import { CatchUpSubscription, SubscriptionHandler } from './catch-up-subscription';
import { DurabilitySettings, durabilitySettings, openConnection } from './connection';
import { EventStoreClosedError } from './errors';
import { toStoredEvent } from './event-rows';
import { GroupCommitWriter, WriteStats } from './group-commit-writer';
import { Statements } from './statements';

export interface SqliteEventStoreOptions {
  /** the database file; its folder is created when missing */
  path: string;
  /** batch concurrent appends into one transaction (default true) */
  groupCommit?: boolean;
  /** how often an idle subscription looks for appends made by other processes (default 200) */
  pollIntervalMs?: number;
  /** how long a writer waits for another process's write lock before failing (default 5000) */
  busyTimeoutMs?: number;
}

/** The embedded event store: one SQLite file in WAL mode, shareable by several processes. */
export class SqliteEventStore implements EventStore {
  private readonly statements: Statements;
  private readonly writer: GroupCommitWriter;
  private readonly subscriptions = new Set<CatchUpSubscription>();
  private closed = false;

  private constructor(
    private readonly db: Database.Database,
    private readonly pollIntervalMs: number,
    groupCommit: boolean,
    busyTimeoutMs: number,
  ) {
    this.statements = new Statements(db);
    this.writer = new GroupCommitWriter(db, this.statements, {
      groupCommit,
      busyTimeoutMs,
      onCommitted: () => this.subscriptions.forEach((subscription) => subscription.wake()),
    });
  }

  static open(options: SqliteEventStoreOptions): SqliteEventStore {
    const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    const db = openConnection(options.path, busyTimeoutMs);
    return new SqliteEventStore(db, options.pollIntervalMs ?? 200, options.groupCommit ?? true, busyTimeoutMs);
  }

  async append(streamName: string, events: EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    this.assertOpen();
    const request = { streamName, events, expected };
    validateAppendRequest(request);
    return this.writer.enqueue(request);
  }

  async readStream(streamName: string, fromRevision = 0): Promise<StoredEvent[]> {
    this.assertOpen();
    return this.statements.streamFrom.all(streamName, fromRevision).map(toStoredEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    return this.readAfter(options.after ?? 0, options.limit ?? -1);
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.statements.headPosition.get()?.head ?? 0;
  }

  subscribeToAll(
    options: SubscribeOptions,
    handler: SubscriptionHandler,
    onError?: (error: unknown) => void,
  ): Subscription {
    this.assertOpen();
    const subscription = new CatchUpSubscription(
      { readAfter: (position, limit) => this.readAfter(position, limit) },
      options,
      handler,
      onError,
      this.pollIntervalMs,
      (finished) => this.subscriptions.delete(finished),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** Stops the subscriptions, writes what is already queued, then closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    this.writer.flush();
    this.db.close();
  }

  /** Counters of the write path, e.g. to see how many appends a transaction carried. */
  get writeStats(): WriteStats {
    return this.writer.stats;
  }

  /** The settings in force on this connection (journal mode, synchronous level, busy timeout). */
  durabilitySettings(): DurabilitySettings {
    this.assertOpen();
    return durabilitySettings(this.db);
  }

  private readAfter(position: number, limit: number): StoredEvent[] {
    this.assertOpen();
    return this.statements.allAfter.all(position, limit).map(toStoredEvent);
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError();
  }
}
