import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LIVE_PAGE_SIZE, ProjectionDatabase, SCRATCH_PAGE_SIZE } from './projection-database';

describe('ProjectionDatabase page sizes', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ciclo-projection-db-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const pageSize = (db: ProjectionDatabase) => db.connection.pragma('page_size', { simple: true });

  it('creates the live file with small pages, in WAL mode, and a scratch file with large ones', () => {
    const live = ProjectionDatabase.open(join(dir, 'ciclo.projections.sqlite'));
    const scratch = ProjectionDatabase.openScratch(join(dir, 'replay-0.sqlite'));
    try {
      expect(LIVE_PAGE_SIZE).toBeLessThan(SCRATCH_PAGE_SIZE);
      expect(pageSize(live)).toBe(LIVE_PAGE_SIZE);
      expect(live.connection.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(pageSize(scratch)).toBe(SCRATCH_PAGE_SIZE);
    } finally {
      live.close();
      scratch.close();
    }
  });

  it('opens a file made with 16 KB pages as it is: its rows and checkpoints stay readable and writable', () => {
    const path = join(dir, 'older.projections.sqlite');
    const older = new Database(path);
    older.pragma('page_size = 16384');
    older.pragma('journal_mode = WAL');
    older.exec('CREATE TABLE projection_checkpoints (name TEXT PRIMARY KEY, version INTEGER NOT NULL, position INTEGER NOT NULL)');
    older.prepare('INSERT INTO projection_checkpoints VALUES (?, ?, ?)').run('plans', 4, 120);
    older.close();

    const db = ProjectionDatabase.open(path);
    try {
      expect(pageSize(db)).toBe(16384);
      expect(db.readCheckpoint('plans')).toEqual({ version: 4, position: 120 });
      db.transaction(() => db.writeCheckpoint('plans', { version: 4, position: 121 }));
      expect(db.readCheckpoint('plans')).toEqual({ version: 4, position: 121 });
    } finally {
      db.close();
    }
  });
});
