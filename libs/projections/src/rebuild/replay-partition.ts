import { categoryOf } from '@ciclo/event-store/port';
import { planIdOfStream } from '../plan-projection/plan-stream';
import { REPLAY_IN_PROGRESS } from '../processor/apply-events';
import type { Projection } from '../processor/projection';
import { ProjectionDatabase } from '../sqlite/projection-database';
import { planPartition } from './plan-partition';
import { newReplays, replayEvents, type ReplayProgress } from './replay-events';
import { SqliteEventLog } from './sqlite-event-log';

/** One share of the plans of a parallel rebuild: which, read from where, written to where. */
export interface PartitionSpec {
  eventsPath: string;
  /** a scratch file of its own, merged into the projection file at the end */
  scratchPath: string;
  partition: number;
  partitions: number;
  /** the last position of the rebuild: every share stops at the same one */
  until: number;
  batchSize: number;
}

/**
 * Replays the streams of one share of the plans into a scratch file, as a rebuild on one thread
 * would replay all of them: reset, batches in replay mode, endReplay. Runs in a replay thread.
 */
export async function replayPartition(
  projections: readonly Projection[],
  spec: PartitionSpec,
  onBatch: (progress: ReplayProgress) => void,
): Promise<number> {
  const categories = new Set(projections.flatMap((p) => p.categories));
  const wanted = (stream: string) =>
    categories.has(categoryOf(stream)) && planPartition(planIdOfStream(stream), spec.partitions) === spec.partition;
  const log = SqliteEventLog.open(spec.eventsPath, wanted);
  const db = ProjectionDatabase.openScratch(spec.scratchPath);
  try {
    db.transaction(() => {
      for (const projection of projections) {
        projection.reset(db);
        projection.migrate(db);
        db.writeCheckpoint(projection.name, { version: REPLAY_IN_PROGRESS, position: 0 });
      }
    });
    const replays = newReplays(projections);
    const { events } = await replayEvents(
      db,
      projections,
      replays,
      (after) => log.read(after, spec.until, spec.batchSize),
      onBatch,
    );
    db.transaction(() => projections.forEach((p) => p.endReplay?.(db, replays.get(p.name)!)));
    return events;
  } finally {
    log.close();
    db.close();
  }
}
