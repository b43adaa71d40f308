import type Database from 'better-sqlite3';

/**
 * Schema versions, applied in order and recorded in PRAGMA user_version. Never edit a shipped
 * entry: add a new one.
 *
 * `position` is an AUTOINCREMENT key, so it is assigned inside the writer's transaction: SQLite
 * has one writer at a time, hence positions become visible in commit order and never leave a gap
 * that fills later; AUTOINCREMENT also guarantees a position is never reused.
 * The unique (stream_name, revision) index doubles as the cheap stream-head lookup.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE events (
     position       INTEGER PRIMARY KEY AUTOINCREMENT,
     event_id       TEXT    NOT NULL,
     stream_name    TEXT    NOT NULL,
     revision       INTEGER NOT NULL CHECK (revision >= 0),
     type           TEXT    NOT NULL,
     schema_version INTEGER NOT NULL,
     data           TEXT    NOT NULL,
     metadata       TEXT    NOT NULL
   );
   CREATE UNIQUE INDEX events_event_id ON events (event_id);
   CREATE UNIQUE INDEX events_stream_revision ON events (stream_name, revision);`,
  // The event's link in its stream's hash chain (integrity/event-hash.ts). Rows written before this
  // version keep NULL: "not chained", which verification reports as a missing hash.
  `ALTER TABLE events ADD COLUMN hash TEXT;`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the file to the current schema; safe when several processes open the same file at once. */
export function migrate(db: Database.Database): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > SCHEMA_VERSION) {
      throw new Error(`Event store schema version ${current} is newer than this code understands (${SCHEMA_VERSION})`);
    }
    for (let version = current; version < SCHEMA_VERSION; version++) db.exec(MIGRATIONS[version]);
    if (current !== SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
