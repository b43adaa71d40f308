import type { EventStore, Subscription } from '@ciclo/event-store';
import { replayStore, type ParallelReplayOptions, type RebuildResult } from '../rebuild/replay-store';
import type { ProjectionDatabase } from '../sqlite/projection-database';
import { WalCheckpointer } from '../sqlite/wal-checkpointer';
import { applyEvents, REPLAY_IN_PROGRESS } from './apply-events';
import { PositionWaiters } from './position-waiters';
import type { ProjectionFollower } from './projection-follower';
import type { Projection } from './projection';

export type { ParallelReplayOptions, RebuildResult } from '../rebuild/replay-store';

export interface ProjectionProcessorOptions {
  /** events per batch while following the store (default 500) */
  batchSize?: number;
  /**
   * events per batch while rebuilding (default 2,000: larger batches keep more objects alive
   * across young-generation GCs, which costs more than the extra transactions save)
   */
  rebuildBatchSize?: number;
  /** default timeout of waitFor (default 5,000 ms) */
  waitTimeoutMs?: number;
  /** told when a batch fails; the processor then stops until started again (default: console.error) */
  onError?: (error: unknown) => void;
  /** while following, checkpoint the projection file's WAL from a thread of its own (default true) */
  backgroundCheckpoints?: boolean;
  /** lets rebuild() fold the plans in worker threads (SQLite event store only) */
  parallelReplay?: ParallelReplayOptions;
  /** told the position every projection has applied, after each batch committed */
  onAdvance?: (position: number) => void;
}

/**
 * Feeds projections from the store by global position (never from an in-memory bus). Each batch
 * is applied to every projection in one transaction together with the checkpoints, so a failed or
 * interrupted batch leaves nothing behind and is applied again, once, from the events.
 */
export class ProjectionProcessor implements ProjectionFollower {
  private readonly checkpoints = new Map<string, number>();
  private readonly waiters = new PositionWaiters();
  private subscription?: Subscription;
  private checkpointer?: WalCheckpointer;
  private failure?: unknown;

  constructor(
    private readonly store: EventStore,
    private readonly db: ProjectionDatabase,
    private readonly projections: Projection[],
    private readonly options: ProjectionProcessorOptions = {},
  ) {
    if (projections.length === 0) throw new Error('ProjectionProcessor needs at least one projection');
    if (new Set(projections.map((p) => p.name)).size !== projections.length) {
      throw new Error('Projection names must be unique');
    }
    const unversioned = projections.find((p) => !Number.isInteger(p.version) || p.version <= REPLAY_IN_PROGRESS);
    if (unversioned) throw new Error(`Projection ${unversioned.name}: version must be an integer from 1`);
    this.loadCheckpoints();
  }

  /** Creates missing tables, rebuilds projections whose version changed, then follows the store. */
  async start(): Promise<void> {
    if (this.subscription) return;
    // what they kept in memory may be stale: another process may have moved the file while stopped
    this.projections.forEach((p) => p.forget?.());
    this.prepareProjections();
    this.failure = undefined;
    if (this.options.backgroundCheckpoints !== false && !this.db.connection.memory) {
      this.checkpointer ??= WalCheckpointer.start(this.db.connection.name);
    }
    this.subscription = this.store.subscribeToAll(
      { after: this.position(), batchSize: this.options.batchSize ?? 500 },
      (events) => this.advance(applyEvents(this.db, this.projections, events, undefined, this.checkpoints)),
      (error) => this.fail(error),
    );
  }

  async stop(): Promise<void> {
    const running = this.subscription;
    const checkpointer = this.checkpointer;
    this.subscription = undefined;
    this.checkpointer = undefined;
    await Promise.all([running?.stop(), checkpointer?.stop()]);
  }

  /** The global position every projection has applied (the lowest checkpoint). */
  position(): number {
    return Math.min(...this.checkpoints.values());
  }

  /** Another process may have committed: the subscription reads now rather than at its next poll. */
  wake(): void {
    this.subscription?.wake();
  }

  /** Resolves once every projection has applied the events up to `position`. */
  waitFor(position: number, timeoutMs = this.options.waitTimeoutMs ?? 5_000): Promise<void> {
    if (this.failure !== undefined && this.position() < position) return Promise.reject(this.failure);
    return this.waiters.wait(position, timeoutMs, () => this.position());
  }

  /**
   * Empties every read model and replays the whole store from position 0 in large batches, then
   * resumes following if it was running. A rebuild that stops half-way is redone on the next start.
   * With `parallelReplay`, and projections that all replay per plan, the plans are folded in
   * worker threads and their rows merged at the end.
   */
  async rebuild(onProgress?: (done: number, total: number) => void): Promise<RebuildResult> {
    const wasRunning = this.subscription !== undefined;
    await this.stop();
    this.db.transaction(() => this.projections.forEach((p) => this.resetProjection(p, REPLAY_IN_PROGRESS)));
    this.loadCheckpoints();
    const result = await replayStore(this.store, this.db, this.projections, {
      batchSize: this.options.rebuildBatchSize ?? 2_000,
      parallel: this.options.parallelReplay,
      onProgress,
    });
    this.loadCheckpoints();
    this.waiters.reached(this.position());
    if (wasRunning) await this.start();
    return result;
  }

  private advance(reached: Map<string, number>): void {
    // only after the commit: a rolled-back batch must leave the in-memory checkpoints alone too
    for (const [name, position] of reached) this.checkpoints.set(name, position);
    this.waiters.reached(this.position());
    this.options.onAdvance?.(this.position());
  }

  private prepareProjections(): void {
    this.db.transaction(() => {
      for (const projection of this.projections) {
        const stored = this.db.readCheckpoint(projection.name);
        if (stored && stored.version === projection.version) projection.migrate(this.db);
        else this.resetProjection(projection, projection.version);
      }
    });
    this.loadCheckpoints();
  }

  private resetProjection(projection: Projection, version: number): void {
    projection.forget?.();
    projection.reset(this.db);
    projection.migrate(this.db);
    this.db.writeCheckpoint(projection.name, { version, position: 0 });
  }

  private loadCheckpoints(): void {
    for (const projection of this.projections) {
      const stored = this.db.readCheckpoint(projection.name);
      const current = stored && stored.version === projection.version ? stored.position : 0;
      this.checkpoints.set(projection.name, current);
    }
  }

  private fail(error: unknown): void {
    this.subscription = undefined;
    this.failure = error;
    this.waiters.failAll(error);
    (this.options.onError ?? ((e: unknown) => console.error('Projection processor stopped:', e)))(error);
  }
}
