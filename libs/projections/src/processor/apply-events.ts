// the port alone: replay threads load this file and need none of the store adapters
import { categoryOf, type StoredEvent } from '@ciclo/event-store/port';
import type { ProjectionDatabase } from '../sqlite/projection-database';
import { decodeStoredEvent } from './decode-stored-event';
import type { DecodedEvent, Projection, Replay } from './projection';

/** The checkpoint version of a projection whose rebuild is under way: a start finding it rebuilds again. */
export const REPLAY_IN_PROGRESS = 0;

/**
 * Applies one batch to every projection in ONE transaction together with their checkpoints.
 * Each checkpoint is read inside that transaction, not trusted from memory, so that another
 * process moving the same file (the rebuild CLI, a second API) never makes us apply an event twice;
 * a projection whose checkpoint is not at `known` (where this process left it) forgets what it
 * keeps in memory, and so does every projection when the batch rolls back.
 * Returns the position each projection has reached once the transaction committed.
 */
export function applyEvents(
  db: ProjectionDatabase,
  projections: readonly Projection[],
  events: StoredEvent[],
  replays?: ReadonlyMap<string, Replay>,
  known?: ReadonlyMap<string, number>,
): Map<string, number> {
  const reached = new Map<string, number>();
  if (events.length === 0) return reached;
  const last = events[events.length - 1].position;
  const decoded = decodeRelevant(projections, events);
  try {
    db.transaction(() => {
      for (const projection of projections) {
        const replay = replays?.get(projection.name);
        const version = replay ? REPLAY_IN_PROGRESS : projection.version;
        const checkpoint = storedPosition(db, projection, version);
        if (known && known.get(projection.name) !== checkpoint) projection.forget?.();
        reached.set(projection.name, Math.max(checkpoint, last));
        if (checkpoint >= last) continue;
        const pending = decoded
          .filter((r) => r.event.position > checkpoint && projection.categories.includes(r.category))
          .map((r) => r.event);
        if (pending.length > 0) projection.applyBatch(db, pending, replay);
        db.writeCheckpoint(projection.name, { version, position: last });
      }
    });
  } catch (error) {
    projections.forEach((p) => p.forget?.());
    throw error;
  }
  return reached;
}

function storedPosition(db: ProjectionDatabase, projection: Projection, version: number): number {
  const stored = db.readCheckpoint(projection.name);
  if (stored && stored.version !== version) {
    throw new Error(
      `Projection ${projection.name} is at version ${stored.version} in the database, expected ${version}: ` +
        'another process rebuilt it or is rebuilding it; restart to catch up',
    );
  }
  return stored?.position ?? 0;
}

/** decodes only the events of the categories some projection reads */
function decodeRelevant(projections: readonly Projection[], events: StoredEvent[]) {
  const wanted = new Set(projections.flatMap((p) => p.categories));
  const decoded: { event: DecodedEvent; category: string }[] = [];
  for (const event of events) {
    const category = categoryOf(event.streamName);
    if (wanted.has(category)) decoded.push({ event: decodeStoredEvent(event), category });
  }
  return decoded;
}
