import Database from 'better-sqlite3';
import type { StoredEvent } from '@ciclo/event-store/port';
import { shareOfPlans } from './share-of-plans';

/** SQLite's own ceiling (SQLITE_MAX_MMAP_SIZE): a larger file maps its first 2 GB and reads the rest */
const MAX_MAPPED_BYTES = 0x7fff0000;

type EventTuple = [number, string, string, number, string, number, string, string];

/** Which events a replay thread reads: its share of the plans, up to the last position of the rebuild. */
export interface EventLogShare {
  /** the streams replayed at all (of the projections' categories) */
  wants: (streamName: string) => boolean;
  planOf: (streamName: string) => string;
  share: number;
  shares: number;
  until: number;
}

/**
 * The SQLite event file read directly, read-only, for a replay thread: the streams of its share
 * of the plans (see shareOfPlans), plan after plan, each plan's events (of all its streams) in
 * position order. The thread reads only its own rows, through the store's (stream_name, revision)
 * index, instead of skipping the other shares' rows of the whole file, and keeps a batch of plans
 * in memory instead of every plan of its share.
 */
export class SqliteEventLog {
  private readonly select: Database.Statement<[string, number], EventTuple>;
  /** the wanted streams grouped by plan, plans in key order */
  private readonly plans: string[][];
  private next = 0;

  private constructor(
    private readonly db: Database.Database,
    private readonly share: EventLogShare,
  ) {
    const byPlan = streamsByPlan(db, share);
    const plans = [...byPlan].map(([planId, { events }]) => ({ planId, events }));
    // in key order, so that the scratch file's tables keyed by plan grow at their end
    this.plans = shareOfPlans(plans, share.share, share.shares).map((planId) => byPlan.get(planId)!.streams);
    this.select = db
      .prepare<[string, number], EventTuple>(
        `SELECT position, event_id, stream_name, revision, type, schema_version, data, metadata FROM events
         WHERE stream_name = ? AND position <= ? ORDER BY revision`,
      )
      .raw(true);
  }

  static open(path: string, share: EventLogShare): SqliteEventLog {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    // pages read straight from the OS page cache, not copied by a read() per page
    db.pragma(`mmap_size = ${MAX_MAPPED_BYTES}`);
    return new SqliteEventLog(db, share);
  }

  /** The events of the next whole plans, at least `limit` unless none are left, each plan's in position order. */
  readPlans(limit: number): StoredEvent[] {
    const events: StoredEvent[] = [];
    while (events.length < limit && this.next < this.plans.length) {
      const streams = this.plans[this.next++];
      const first = events.length;
      for (const stream of streams) {
        for (const [position, id, streamName, revision, type, schemaVersion, data, metadata] of this.select.all(stream, this.share.until)) {
          events.push({ id, type, schemaVersion, data: JSON.parse(data), metadata: JSON.parse(metadata), streamName, revision, position });
        }
      }
      if (streams.length > 1) sortTail(events, first);
    }
    return events;
  }

  /** how many events the file holds up to `until`, of every stream */
  static count(path: string, until: number): number {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      // the (stream_name, revision) index holds every position in a twentieth of the table's pages
      return db.prepare('SELECT COUNT(*) FROM events INDEXED BY events_stream_revision WHERE position <= ?').pluck().get(until) as number;
    } finally {
      db.close();
    }
  }

  close(): void {
    this.db.close();
  }
}

/** every plan of the file with its wanted streams and how many events they hold up to `until` */
function streamsByPlan(db: Database.Database, share: EventLogShare): Map<string, { streams: string[]; events: number }> {
  // counted from the covering index on (stream_name, revision), not the table
  const counts = db
    .prepare('SELECT stream_name, COUNT(*) FROM events WHERE position <= ? GROUP BY stream_name')
    .raw(true)
    .all(share.until) as [string, number][];
  const byPlan = new Map<string, { streams: string[]; events: number }>();
  for (const [stream, events] of counts) {
    if (!share.wants(stream)) continue;
    const planId = share.planOf(stream);
    const plan = byPlan.get(planId);
    if (plan) {
      plan.streams.push(stream);
      plan.events += events;
    } else byPlan.set(planId, { streams: [stream], events });
  }
  return byPlan;
}

/** a plan's streams, read one after the other, interleaved again by position */
function sortTail(events: StoredEvent[], from: number): void {
  const tail = events.splice(from).sort((a, b) => a.position - b.position);
  for (const event of tail) events.push(event);
}
