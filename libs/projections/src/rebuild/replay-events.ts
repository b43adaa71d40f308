import type { StoredEvent } from '@ciclo/event-store/port';
import { applyEvents } from '../processor/apply-events';
import type { Projection, Replay } from '../processor/projection';
import type { ProjectionDatabase } from '../sqlite/projection-database';

export interface ReplayProgress {
  /** position of the last event applied */
  position: number;
  /** events applied so far */
  events: number;
}

/**
 * Applies every batch `read` returns, oldest first, in replay mode (the projections may keep rows
 * in `replays` until endReplay), one transaction per batch, until `read` returns nothing.
 */
export async function replayEvents(
  db: ProjectionDatabase,
  projections: readonly Projection[],
  replays: ReadonlyMap<string, Replay>,
  read: (after: number) => StoredEvent[] | Promise<StoredEvent[]>,
  onBatch?: (progress: ReplayProgress) => void,
): Promise<ReplayProgress> {
  const progress: ReplayProgress = { position: 0, events: 0 };
  for (;;) {
    const batch = await read(progress.position);
    if (batch.length === 0) return progress;
    applyEvents(db, projections, batch, replays);
    progress.events += batch.length;
    progress.position = batch[batch.length - 1].position;
    onBatch?.(progress);
  }
}

export function newReplays(projections: readonly Projection[]): Map<string, Replay> {
  return new Map(projections.map((p) => [p.name, { memory: new Map() }]));
}
