import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStoreFactory, EventStoreFixture, tsNodeWriterCommand } from '../../testing';
import { WriterMode } from '../append-writer';
import { SqliteEventStore, SqliteEventStoreOptions } from '../sqlite-event-store';

export interface SqliteFixture extends EventStoreFixture {
  store: SqliteEventStore;
  path: string;
  /** another store (another connection) on the same file, closed by dispose() */
  openAnother(options?: Partial<SqliteEventStoreOptions>): SqliteEventStore;
}

/** A store on a fresh file in its own temp folder; dispose() closes every store and deletes the folder. */
export function createSqliteFixture(options: Partial<SqliteEventStoreOptions> = {}): SqliteFixture {
  const dir = mkdtempSync(join(tmpdir(), 'ciclo-event-store-'));
  const path = join(dir, 'nested', 'events.sqlite');
  const open = (extra: Partial<SqliteEventStoreOptions> = {}) => {
    const store = SqliteEventStore.open({ pollIntervalMs: 25, ...options, ...extra, path });
    opened.push(store);
    return store;
  };
  const opened: SqliteEventStore[] = [];
  const fixture: SqliteFixture = {
    store: open(),
    path,
    openAnother: open,
    async reopen() {
      await fixture.store.close();
      fixture.store = open();
      return fixture.store;
    },
    async dispose() {
      await Promise.all(opened.map((store) => store.close()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return fixture;
}

export const WRITER_SCRIPT = join(__dirname, 'sqlite-conformance-writer.ts');
export const WRITER_PATH_VARIABLE = 'CICLO_CONFORMANCE_SQLITE_PATH';
export const WRITER_MODE_VARIABLE = 'CICLO_CONFORMANCE_SQLITE_WRITER';

/** Both write paths must pass the whole suite. */
export const WRITER_MODES: readonly WriterMode[] = ['thread', 'inline'];

export function sqliteConformanceFactory(writer: WriterMode): EventStoreFactory<SqliteFixture> {
  return {
    async create() {
      return createSqliteFixture({ writer });
    },
    writerProcess(fixture) {
      return tsNodeWriterCommand(WRITER_SCRIPT, { [WRITER_PATH_VARIABLE]: fixture.path, [WRITER_MODE_VARIABLE]: writer });
    },
  };
}
