import type Database from 'better-sqlite3';
import { EventRow, SELECT_EVENT_COLUMNS } from './event-rows';

/** event_id, stream_name, revision, type, schema_version, data (JSON), metadata (JSON), hash */
export type InsertEventParams = [string, string, number, string, number, string, string, string];

/** Every statement the store runs, prepared once per connection. */
export class Statements {
  readonly begin: Database.Statement<[]>;
  readonly commit: Database.Statement<[]>;
  readonly rollback: Database.Statement<[]>;
  readonly savepoint: Database.Statement<[]>;
  readonly releaseSavepoint: Database.Statement<[]>;
  readonly rollbackToSavepoint: Database.Statement<[]>;
  readonly insertEvent: Database.Statement<InsertEventParams>;
  /** the stream's last revision and hash (NULL for a row written before the chain existed) */
  readonly streamHead: Database.Statement<[string], { revision: number; hash: string | null }>;
  readonly eventById: Database.Statement<[string], { stream_name: string; revision: number }>;
  readonly streamFrom: Database.Statement<[string, number], EventRow>;
  readonly streamSlice: Database.Statement<[string, number, number], { event_id: string; revision: number; position: number }>;
  readonly allAfter: Database.Statement<[number, number], EventRow>;
  readonly headPosition: Database.Statement<[], { head: number }>;

  constructor(db: Database.Database) {
    this.begin = db.prepare('BEGIN IMMEDIATE');
    this.commit = db.prepare('COMMIT');
    this.rollback = db.prepare('ROLLBACK');
    this.savepoint = db.prepare('SAVEPOINT one_append');
    this.releaseSavepoint = db.prepare('RELEASE one_append');
    this.rollbackToSavepoint = db.prepare('ROLLBACK TO one_append');
    this.insertEvent = db.prepare(
      `INSERT INTO events (event_id, stream_name, revision, type, schema_version, data, metadata, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.streamHead = db.prepare(
      'SELECT revision, hash FROM events WHERE stream_name = ? ORDER BY revision DESC LIMIT 1',
    );
    this.eventById = db.prepare('SELECT stream_name, revision FROM events WHERE event_id = ?');
    this.streamFrom = db.prepare(`${SELECT_EVENT_COLUMNS} WHERE stream_name = ? AND revision >= ? ORDER BY revision`);
    this.streamSlice = db.prepare(
      'SELECT event_id, revision, position FROM events WHERE stream_name = ? AND revision >= ? ORDER BY revision LIMIT ?',
    );
    // LIMIT -1 means no limit in SQLite
    this.allAfter = db.prepare(`${SELECT_EVENT_COLUMNS} WHERE position > ? ORDER BY position LIMIT ?`);
    this.headPosition = db.prepare('SELECT COALESCE(MAX(position), 0) AS head FROM events');
  }
}
