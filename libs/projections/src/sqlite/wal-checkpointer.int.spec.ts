import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { WalCheckpointer } from './wal-checkpointer';

/** Commits `count` transactions of ~32 KB, a few ms apart, as the API does while following commands. */
async function writeMany(db: Database.Database, count: number): Promise<void> {
  const insert = db.prepare('INSERT INTO filler (body) VALUES (?)');
  for (let i = 0; i < count; i++) {
    insert.run('x'.repeat(32 * 1024));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('WalCheckpointer', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ciclo-wal-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const open = (name: string) => {
    const db = new Database(join(dir, name));
    db.pragma('journal_mode = WAL');
    // the committing connection leaves every checkpoint to others
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE filler (body TEXT NOT NULL)');
    return db;
  };
  /** frames in the WAL since it last started over */
  const walFrames = (db: Database.Database) => (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0].log;

  it('keeps the WAL short from its own thread while another connection commits', async () => {
    const alone = open('alone.sqlite');
    await writeMany(alone, 200);
    const unchecked = walFrames(alone);
    alone.close();

    const db = open('checkpointed.sqlite');
    const checkpointer = WalCheckpointer.start(db.name, 20);
    try {
      await writeMany(db, 200);
      expect(unchecked).toBeGreaterThan(400);
      expect(walFrames(db)).toBeLessThan(unchecked / 5);
      expect(db.prepare('SELECT COUNT(*) FROM filler').pluck().get()).toBe(200);
    } finally {
      await checkpointer.stop();
      db.close();
    }
  });

  it('stops when asked, also after its file is gone', async () => {
    const checkpointer = WalCheckpointer.start(join(dir, 'missing.sqlite'), 20);
    await expect(checkpointer.stop()).resolves.toBeUndefined();
  });
});
