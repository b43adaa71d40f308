import { categoryOf, type EventStore, type StoredEvent, type Subscription } from '@ciclo/event-store';
import type { ProjectionDatabase } from '../sqlite/projection-database';
import { decodeStoredEvent } from './decode-stored-event';
import { PositionWaiters } from './position-waiters';
import type { DecodedEvent, Projection } from './projection';

export interface ProjectionProcessorOptions {
  /** events per batch while following the store (default 500) */
  batchSize?: number;
  /** events per batch while rebuilding (default 10,000) */
  rebuildBatchSize?: number;
  /** default timeout of waitFor (default 5,000 ms) */
  waitTimeoutMs?: number;
  /** told when a batch fails; the processor then stops until started again (default: console.error) */
  onError?: (error: unknown) => void;
}

export interface RebuildResult {
  /** events read from the store */
  events: number;
  /** global position the projections reached */
  position: number;
}

/**
 * Feeds projections from the store by global position. Each batch is applied to every projection
 * in one transaction together with the checkpoints, so a failed or interrupted batch leaves
 * nothing behind and is applied again, once, from the events.
 */
export class ProjectionProcessor {
  private readonly checkpoints = new Map<string, number>();
  private readonly categories: ReadonlySet<string>;
  private readonly waiters = new PositionWaiters();
  private subscription?: Subscription;
  private failure?: unknown;

  constructor(
    private readonly store: EventStore,
    private readonly db: ProjectionDatabase,
    private readonly projections: Projection[],
    private readonly options: ProjectionProcessorOptions = {},
  ) {
    if (projections.length === 0) throw new Error('ProjectionProcessor needs at least one projection');
    const names = new Set(projections.map((p) => p.name));
    if (names.size !== projections.length) throw new Error('Projection names must be unique');
    this.categories = new Set(projections.flatMap((p) => p.categories));
    this.loadCheckpoints();
  }

  /** Creates missing tables, rebuilds projections whose version changed, then follows the store. */
  async start(): Promise<void> {
    if (this.subscription) return;
    this.prepareProjections();
    this.failure = undefined;
    this.subscription = this.store.subscribeToAll(
      { after: this.position(), batchSize: this.options.batchSize ?? 500 },
      (events) => this.apply(events),
      (error) => this.fail(error),
    );
  }

  async stop(): Promise<void> {
    const running = this.subscription;
    this.subscription = undefined;
    await running?.stop();
  }

  /** The global position every projection has applied (the lowest checkpoint). */
  position(): number {
    return Math.min(...this.checkpoints.values());
  }

  /** Resolves once every projection has applied the events up to `position`. */
  waitFor(position: number, timeoutMs = this.options.waitTimeoutMs ?? 5_000): Promise<void> {
    if (this.failure !== undefined && this.position() < position) return Promise.reject(this.failure);
    return this.waiters.wait(position, timeoutMs, () => this.position());
  }

  /** Empties every read model and replays the whole store; resumes following if it was running. */
  async rebuild(onProgress?: (done: number, total: number) => void): Promise<RebuildResult> {
    const wasRunning = this.subscription !== undefined;
    await this.stop();
    this.db.transaction(() => this.projections.forEach((p) => this.resetProjection(p)));
    this.loadCheckpoints();

    const batchSize = this.options.rebuildBatchSize ?? 10_000;
    let total = await this.store.headPosition();
    let position = 0;
    let events = 0;
    onProgress?.(0, total);
    for (;;) {
      const batch = await this.store.readAll({ after: position, limit: batchSize });
      if (batch.length === 0) break;
      this.apply(batch);
      events += batch.length;
      position = batch[batch.length - 1].position;
      total = Math.max(total, position);
      onProgress?.(position, total);
    }
    if (wasRunning) await this.start();
    return { events, position };
  }

  private apply(events: StoredEvent[]): void {
    if (events.length === 0) return;
    const last = events[events.length - 1].position;
    const decoded = this.decodeRelevant(events);
    const reached = new Map<string, number>();
    this.db.transaction(() => {
      for (const projection of this.projections) {
        const checkpoint = this.storedPosition(projection);
        reached.set(projection.name, Math.max(checkpoint, last));
        if (checkpoint >= last) continue;
        const pending = decoded
          .filter((r) => r.event.position > checkpoint && projection.categories.includes(r.category))
          .map((r) => r.event);
        if (pending.length > 0) projection.applyBatch(this.db, pending);
        this.db.writeCheckpoint(projection.name, { version: projection.version, position: last });
      }
    });
    // only after the commit: a rolled-back batch must leave the in-memory checkpoints alone too
    for (const [name, position] of reached) this.checkpoints.set(name, position);
    this.waiters.reached(this.position());
  }

  /** decodes only the events of the categories some projection reads */
  private decodeRelevant(events: StoredEvent[]): { event: DecodedEvent; category: string }[] {
    const decoded: { event: DecodedEvent; category: string }[] = [];
    for (const event of events) {
      const category = categoryOf(event.streamName);
      if (this.categories.has(category)) decoded.push({ event: decodeStoredEvent(event), category });
    }
    return decoded;
  }

  /**
   * Read inside the batch's transaction rather than trusted from memory, so that another process
   * moving the same file (the rebuild CLI, a second API) never makes this one apply an event twice.
   */
  private storedPosition(projection: Projection): number {
    const stored = this.db.readCheckpoint(projection.name);
    if (stored && stored.version !== projection.version) {
      throw new Error(`Projection ${projection.name} is at version ${stored.version} in the database, ${projection.version} in this code: restart to rebuild it`);
    }
    return stored?.position ?? 0;
  }

  private prepareProjections(): void {
    this.db.transaction(() => {
      for (const projection of this.projections) {
        const stored = this.db.readCheckpoint(projection.name);
        if (stored && stored.version === projection.version) projection.migrate(this.db);
        else this.resetProjection(projection);
      }
    });
    this.loadCheckpoints();
  }

  private resetProjection(projection: Projection): void {
    projection.reset(this.db);
    projection.migrate(this.db);
    this.db.writeCheckpoint(projection.name, { version: projection.version, position: 0 });
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
