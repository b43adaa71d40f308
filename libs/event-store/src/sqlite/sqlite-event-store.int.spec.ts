import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { describeEventStoreConformance, sampleEvent } from '../testing';
import { SCHEMA_VERSION } from './migrations';
import { createSqliteFixture, SqliteFixture, sqliteConformanceFactory, WRITER_MODES } from './testing/temp-sqlite-store';

for (const writer of WRITER_MODES) describeEventStoreConformance(`SQLite, ${writer} writer`, sqliteConformanceFactory(writer));

describe.each(WRITER_MODES)('SqliteEventStore on its file, %s writer', (writer) => {
  let fixture: SqliteFixture;
  beforeEach(() => (fixture = createSqliteFixture({ writer })));
  afterEach(() => fixture.dispose());

  it('creates the missing folder and runs in WAL with synchronous=FULL on its own connection', () => {
    expect(existsSync(fixture.path)).toBe(true);
    expect(fixture.store.durabilitySettings()).toEqual({ journalMode: 'wal', synchronous: 2, busyTimeoutMs: 5000 });
  });

  it('keeps the file in WAL mode and records the schema version for other connections', async () => {
    await fixture.store.append('plan-levate-2024', [sampleEvent()], 'no_stream');
    const other = new Database(fixture.path, { readonly: true });
    try {
      expect(other.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(other.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(other.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 1 });
    } finally {
      other.close();
    }
  });

  it('opens an existing file again without re-running its migrations', async () => {
    await fixture.store.append('plan-levate-2024', [sampleEvent()], 'no_stream');
    const store = await fixture.reopen();
    expect(await store.readStream('plan-levate-2024')).toHaveLength(1);
    expect(fixture.openAnother({ busyTimeoutMs: 1234 }).durabilitySettings().busyTimeoutMs).toBe(1234);
  });

  it('close writes the appends already queued before closing the file', async () => {
    const queued = fixture.store.append('plan-levate-2024', [sampleEvent('queued')], 'no_stream');
    await fixture.store.close();
    const result = await queued;
    const reopened = fixture.openAnother();
    expect((await reopened.readStream('plan-levate-2024')).map((e) => e.position)).toEqual([result.position]);
  });

  it('refuses every call after close', async () => {
    await fixture.store.close();
    await expect(fixture.store.append('plan-x', [sampleEvent()], 'any')).rejects.toThrow('closed');
    await expect(fixture.store.readAll()).rejects.toThrow('closed');
    await fixture.store.close();
  });
});
