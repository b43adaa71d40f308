import { availableParallelism } from 'node:os';
import type { EventStore } from '@ciclo/event-store';
import type { Projection } from '../processor/projection';
import type { ProjectionDatabase } from '../sqlite/projection-database';
import { mergeReplays } from './merge-replays';
import type { ProjectionSetup } from '../threads/projection-setup';
import { newReplays, replayEvents } from './replay-events';
import { removeScratchFiles, replayInShares } from './replay-threads';
import { SqliteEventLog } from './sqlite-event-log';

/** ATTACH allows 10 databases; past a few threads the merge and the shared disk gain nothing anyway */
const MAX_REPLAY_THREADS = 8;

export interface ParallelReplayOptions {
  /** the SQLite event file of the store being replayed */
  eventsPath: string;
  /** how a thread creates the same projections, e.g. planProjectionsSetup(options) */
  setup: ProjectionSetup;
  /** default: the available cores (at most 8); 1 replays on the calling thread */
  threads?: number;
  /**
   * smaller stores replay on the calling thread (default 100,000 events): starting the threads
   * (compiling their code, when run from TypeScript) and merging costs more than they save
   */
  minEvents?: number;
}

export interface RebuildResult {
  /** events read from the store */
  events: number;
  /** global position the projections reached */
  position: number;
}

export interface ReplayStoreOptions {
  batchSize: number;
  parallel?: ParallelReplayOptions;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Replays the whole store into projections whose tables were just emptied, and in the last
 * transaction builds their indexes and makes their checkpoints valid. On this thread, or, when
 * `parallel` is given and every projection replays per plan, in worker threads each folding a
 * share of the plans into a scratch file, merged in that last transaction.
 */
export async function replayStore(
  store: EventStore,
  db: ProjectionDatabase,
  projections: readonly Projection[],
  options: ReplayStoreOptions,
): Promise<RebuildResult> {
  const threads = replayThreads(db, projections, options.parallel);
  const large = (await store.headPosition()) >= (options.parallel?.minEvents ?? 100_000);
  return threads > 1 && large
    ? replayInThreads(store, db, projections, threads, options)
    : replayHere(store, db, projections, options);
}

async function replayHere(
  store: EventStore,
  db: ProjectionDatabase,
  projections: readonly Projection[],
  { batchSize, onProgress }: ReplayStoreOptions,
): Promise<RebuildResult> {
  const replays = newReplays(projections);
  let total = await store.headPosition();
  onProgress?.(0, total);
  const { position, events } = await replayEvents(
    db,
    projections,
    replays,
    (after) => store.readAll({ after, limit: batchSize }),
    (reached) => {
      total = Math.max(total, reached.position);
      onProgress?.(reached.position, total);
    },
  );
  db.transaction(() => {
    for (const projection of projections) {
      projection.endReplay?.(db, replays.get(projection.name)!);
      finishReplay(db, projection, position);
    }
  });
  return { events, position };
}

async function replayInThreads(
  store: EventStore,
  db: ProjectionDatabase,
  projections: readonly Projection[],
  threads: number,
  { batchSize, parallel, onProgress }: ReplayStoreOptions,
): Promise<RebuildResult> {
  const { eventsPath, setup } = parallel!;
  const until = await store.headPosition();
  onProgress?.(0, until);
  let events = 0;
  const scratchPaths = await replayInShares({
    eventsPath,
    setup,
    projections,
    shares: threads,
    scratchPrefix: `${db.connection.name}.replay-`,
    until,
    batchSize,
    // the store's positions have no gaps: the head is how many events there are
    onProgress: (replayed) => onProgress?.(replayed, until),
    whileWaiting: () => (events = SqliteEventLog.count(eventsPath, until)),
  });
  try {
    mergeReplays(db, scratchPaths, () => projections.forEach((p) => finishReplay(db, p, until)));
  } finally {
    removeScratchFiles(scratchPaths);
  }
  onProgress?.(until, until);
  return { events, position: until };
}

function replayThreads(db: ProjectionDatabase, projections: readonly Projection[], parallel?: ParallelReplayOptions): number {
  if (!parallel || db.connection.memory || !projections.every((p) => p.replaysPerPlan)) return 1;
  return Math.max(1, Math.min(parallel.threads ?? availableParallelism(), MAX_REPLAY_THREADS));
}

/** the replay's last transaction: the indexes it dropped come back, the checkpoint becomes valid */
function finishReplay(db: ProjectionDatabase, projection: Projection, position: number): void {
  projection.migrate(db);
  db.writeCheckpoint(projection.name, { version: projection.version, position });
}
