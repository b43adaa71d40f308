import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations';

export interface DurabilitySettings {
  journalMode: string;
  /** 2 = FULL */
  synchronous: number;
  busyTimeoutMs: number;
}

/**
 * Opens the file with the settings the store's guarantees rest on, and refuses to go on if SQLite
 * did not take them.
 */
export function openConnection(path: string, busyTimeoutMs: number): Database.Database {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: busyTimeoutMs });
  try {
    db.pragma('journal_mode = WAL');
    // Set explicitly: in WAL mode better-sqlite3 leaves synchronous at NORMAL, which may lose the
    // last commits on a power loss although they were acknowledged.
    db.pragma('synchronous = FULL');
    const settings = durabilitySettings(db);
    if (settings.journalMode !== 'wal' || settings.synchronous !== 2) {
      throw new Error(`SQLite refused WAL + synchronous=FULL on ${path}: got ${JSON.stringify(settings)}`);
    }
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function durabilitySettings(db: Database.Database): DurabilitySettings {
  return {
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    synchronous: Number(db.pragma('synchronous', { simple: true })),
    busyTimeoutMs: Number(db.pragma('busy_timeout', { simple: true })),
  };
}
