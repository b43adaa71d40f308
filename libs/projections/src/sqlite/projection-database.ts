import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** bytes per page of the projection file that the API and the worker keep up to date */
export const LIVE_PAGE_SIZE = 4096;
/** bytes per page of a replay thread's scratch file */
export const SCRATCH_PAGE_SIZE = 16384;

export interface ProjectionCheckpoint {
  version: number;
  position: number;
}

/**
 * The read-model database, a file of its own beside the event file. Each projection's checkpoint
 * lives here, next to its rows, so one transaction moves both: after a crash either both the rows
 * and the checkpoint of a batch are there or neither is, and the processor re-applies from the
 * events. That is why synchronous=NORMAL is enough.
 */
export class ProjectionDatabase {
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(readonly connection: Database.Database) {
    connection.exec(`CREATE TABLE IF NOT EXISTS projection_checkpoints (
      name     TEXT PRIMARY KEY,
      version  INTEGER NOT NULL,
      position INTEGER NOT NULL
    )`);
  }

  static open(path: string): ProjectionDatabase {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const connection = new Database(path);
    // Takes effect on a new file only. Each command rewrites a handful of whole pages here (a plan's
    // row, the history's last leaf and index, the checkpoints): 4 KB pages write 32-48 KB per command
    // to the WAL where 16 KB pages wrote 80-110 KB, on the disk whose fsyncs the event store's commits
    // wait for. The replays' scratch files keep large pages (see openScratch).
    connection.pragma(`page_size = ${LIVE_PAGE_SIZE}`);
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = NORMAL');
    connection.pragma('busy_timeout = 5000');
    connection.pragma('cache_size = -65536');
    return new ProjectionDatabase(connection);
  }

  /**
   * A replay thread's private file, merged into the real one at the end of a rebuild and then
   * deleted: no journal and no syncs, since a crash throws it away anyway.
   */
  static openScratch(path: string): ProjectionDatabase {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    const connection = new Database(path);
    // large pages make replays markedly faster (rows of ~0.5 KB, plans of ~20 KB)
    connection.pragma(`page_size = ${SCRATCH_PAGE_SIZE}`);
    connection.pragma('journal_mode = OFF');
    connection.pragma('synchronous = OFF');
    connection.pragma('locking_mode = EXCLUSIVE');
    connection.pragma('cache_size = -65536');
    return new ProjectionDatabase(connection);
  }

  /** A prepared statement, prepared once per SQL text. */
  statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.connection.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  /** BEGIN IMMEDIATE: another process writing the same file makes us wait, never fail half-way */
  transaction<T>(work: () => T): T {
    return this.connection.transaction(work).immediate();
  }

  readCheckpoint(name: string): ProjectionCheckpoint | undefined {
    return this.statement('SELECT version, position FROM projection_checkpoints WHERE name = ?').get(name) as
      | ProjectionCheckpoint
      | undefined;
  }

  writeCheckpoint(name: string, checkpoint: ProjectionCheckpoint): void {
    this.statement(
      `INSERT INTO projection_checkpoints (name, version, position) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = excluded.position`,
    ).run(name, checkpoint.version, checkpoint.position);
  }

  close(): void {
    this.statements.clear();
    if (this.connection.open) this.connection.close();
  }
}
