import Database from 'better-sqlite3';
import type { StoredEvent } from '@ciclo/event-store/port';

/** SQLite's own ceiling (SQLITE_MAX_MMAP_SIZE): a larger file maps its first 2 GB and reads the rest */
const MAX_MAPPED_BYTES = 0x7fff0000;

type EventTuple = [number, string, string, number, string, number, string, string];

/**
 * The SQLite event file read directly, read-only, for a replay thread: the store's `events` table
 * in position order, keeping only the streams `wants` accepts. The streams wanted are listed once
 * in a temporary table and the filter runs inside SQLite, so the rows of other threads' plans are
 * never turned into strings, nor handed to JavaScript one by one.
 */
export class SqliteEventLog {
  private readonly select: Database.Statement<[number, number, number], EventTuple>;

  private constructor(
    private readonly db: Database.Database,
    wants: (streamName: string) => boolean,
  ) {
    // the distinct names come from the covering index on (stream_name, revision), not the table
    const streams = db.prepare('SELECT DISTINCT stream_name FROM events').pluck().all() as string[];
    db.exec('CREATE TEMP TABLE wanted_streams (name TEXT PRIMARY KEY) WITHOUT ROWID');
    const insert = db.prepare('INSERT INTO temp.wanted_streams (name) VALUES (?)');
    db.transaction(() => streams.filter(wants).forEach((name) => insert.run(name)))();
    // `+stream_name` keeps SQLite on the position order instead of searching stream by stream and sorting
    this.select = db
      .prepare<[number, number, number], EventTuple>(
        `SELECT position, event_id, stream_name, revision, type, schema_version, data, metadata FROM events
         WHERE position > ? AND position <= ? AND +stream_name IN temp.wanted_streams ORDER BY position LIMIT ?`,
      )
      .raw(true);
  }

  static open(path: string, wants: (streamName: string) => boolean): SqliteEventLog {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    // pages read straight from the OS page cache, not copied by a read() per page: each thread reads the whole file
    db.pragma(`mmap_size = ${MAX_MAPPED_BYTES}`);
    return new SqliteEventLog(db, wants);
  }

  /** Up to `limit` wanted events after `after` and not past `until`, oldest first. */
  read(after: number, until: number, limit: number): StoredEvent[] {
    return this.select.all(after, until, limit).map(([position, id, streamName, revision, type, schemaVersion, data, metadata]) => ({
      id,
      type,
      schemaVersion,
      data: JSON.parse(data),
      metadata: JSON.parse(metadata),
      streamName,
      revision,
      position,
    }));
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
