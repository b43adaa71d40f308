import { categoryOf } from '@ciclo/event-store/port';
import { planIdOfStream } from '../plan-projection/plan-stream';
import { decodeStoredEvent } from '../processor/decode-stored-event';
import type { Projection } from '../processor/projection';
import { ProjectionDatabase } from '../sqlite/projection-database';
import { newReplays } from './replay-events';
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
 * Replays the streams of one share of the plans into a scratch file, plan after plan: a batch
 * holds whole plans, and each batch's transaction writes what the projections kept of them.
 * Runs in a replay thread.
 */
export async function replayPartition(
  projections: readonly Projection[],
  spec: PartitionSpec,
  /** told the events replayed so far after each batch */
  onBatch: (events: number) => void,
): Promise<number> {
  const categories = new Set(projections.flatMap((p) => p.categories));
  const log = SqliteEventLog.open(spec.eventsPath, {
    wants: (stream) => categories.has(categoryOf(stream)),
    planOf: planIdOfStream,
    share: spec.partition,
    shares: spec.partitions,
    until: spec.until,
  });
  const db = ProjectionDatabase.openScratch(spec.scratchPath);
  try {
    // no checkpoints here: the thread replays whole plans in no global order, and the merge writes them
    db.transaction(() => {
      for (const projection of projections) {
        projection.reset(db);
        projection.migrate(db);
      }
    });
    let events = 0;
    for (;;) {
      const batch = log.readPlans(spec.batchSize);
      if (batch.length === 0) return events;
      const decoded = batch.map(decodeStoredEvent);
      const replays = newReplays(projections);
      db.transaction(() => {
        for (const projection of projections) {
          const pending = decoded.filter((event) => projection.categories.includes(categoryOf(event.streamName)));
          const replay = replays.get(projection.name)!;
          if (pending.length > 0) projection.applyBatch(db, pending, replay);
          projection.endReplay?.(db, replay);
        }
      });
      events += batch.length;
      onBatch(events);
    }
  } finally {
    log.close();
    db.close();
  }
}
