import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENESIS_HASH, storedEventHash, verifyStreamChain } from '../integrity';
import { sampleEvent, sampleEvents } from '../testing';
import { SCHEMA_VERSION } from './migrations';
import { SqliteEventStore } from './sqlite-event-store';
import { createSqliteFixture, SqliteFixture, WRITER_MODES } from './testing/temp-sqlite-store';

/** The schema as shipped before the hash column (version 1), written by hand as an old release left it. */
function writeVersionOneFile(path: string): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE events (
     position INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, stream_name TEXT NOT NULL,
     revision INTEGER NOT NULL CHECK (revision >= 0), type TEXT NOT NULL, schema_version INTEGER NOT NULL,
     data TEXT NOT NULL, metadata TEXT NOT NULL);
   CREATE UNIQUE INDEX events_event_id ON events (event_id);
   CREATE UNIQUE INDEX events_stream_revision ON events (stream_name, revision);`);
  const insert = db.prepare('INSERT INTO events (event_id, stream_name, revision, type, schema_version, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)');
  sampleEvents(2, 'legacy').forEach((event, revision) =>
    insert.run(event.id, 'plan-legacy', revision, event.type, event.schemaVersion, JSON.stringify(event.data), JSON.stringify(event.metadata)),
  );
  db.pragma('user_version = 1');
  db.close();
}

describe.each(WRITER_MODES)('SQLite hash chain on the file, %s writer', (writer) => {
  let fixture: SqliteFixture;
  beforeEach(() => (fixture = createSqliteFixture({ writer })));
  afterEach(() => fixture.dispose());

  function tamper(sql: string, ...params: unknown[]): void {
    const db = new Database(fixture.path);
    try {
      db.prepare(sql).run(...params);
    } finally {
      db.close();
    }
  }

  it('stores each hash in the hash column, where another connection reads it', async () => {
    await fixture.store.append('plan-levate', sampleEvents(2), 'no_stream');
    const stored = await fixture.store.readStream('plan-levate');
    const db = new Database(fixture.path, { readonly: true });
    try {
      const rows = db.prepare("SELECT hash FROM events WHERE stream_name = 'plan-levate' ORDER BY revision").all();
      expect(rows).toEqual(stored.map((event) => ({ hash: event.hash })));
    } finally {
      db.close();
    }
  });

  it('appends batched into one transaction chain to each other in the order they were written', async () => {
    const appends = Array.from({ length: 20 }, (_, i) => fixture.store.append(`plan-batch${i % 3}`, sampleEvents(1 + (i % 2)), 'any'));
    await Promise.all(appends);
    for (let s = 0; s < 3; s++) {
      expect(verifyStreamChain(await fixture.store.readStream(`plan-batch${s}`))).toMatchObject({ intact: true });
    }
  });

  it('an event whose data was edited in the file is named, with the hash it should have had', async () => {
    await fixture.store.append('plan-levate', sampleEvents(5), 'no_stream');
    const original = await fixture.store.readStream('plan-levate');
    tamper("UPDATE events SET data = json_set(data, '$.points', 99) WHERE stream_name = 'plan-levate' AND revision = 3");

    const verification = verifyStreamChain(await fixture.store.readStream('plan-levate'));
    expect(verification).toEqual({
      streamName: 'plan-levate',
      events: 5,
      headHash: original[4].hash,
      intact: false,
      firstBrokenLink: {
        revision: 3,
        position: original[3].position,
        eventId: original[3].id,
        type: 'ObjectiveDrafted',
        storedHash: original[3].hash,
        expectedHash: expect.not.stringMatching(original[3].hash!),
        reason: 'content_changed',
      },
    });
  });

  it('an edit whose hash was recomputed shows at the next event; a deleted event shows as a gap', async () => {
    await fixture.store.append('plan-levate', sampleEvents(4), 'no_stream');
    const original = await fixture.store.readStream('plan-levate');
    const forged = { ...original[1], metadata: { ...original[1].metadata, actorId: 'someone-else' } };
    tamper(
      "UPDATE events SET metadata = ?, hash = ? WHERE stream_name = 'plan-levate' AND revision = 1",
      JSON.stringify(forged.metadata),
      storedEventHash(original[0].hash!, forged),
    );
    expect(verifyStreamChain(await fixture.store.readStream('plan-levate')).firstBrokenLink).toMatchObject({
      revision: 2,
      reason: 'content_changed',
    });

    tamper("DELETE FROM events WHERE stream_name = 'plan-levate' AND revision = 0");
    expect(verifyStreamChain(await fixture.store.readStream('plan-levate')).firstBrokenLink).toMatchObject({
      revision: 1,
      reason: 'revision_gap',
    });
  });

  it('an erased hash is reported missing', async () => {
    await fixture.store.append('plan-levate', sampleEvents(3), 'no_stream');
    tamper("UPDATE events SET hash = NULL WHERE stream_name = 'plan-levate' AND revision = 2");
    const [, , last] = await fixture.store.readStream('plan-levate');
    expect(last).not.toHaveProperty('hash');
    expect(verifyStreamChain(await fixture.store.readStream('plan-levate'))).toMatchObject({
      headHash: null,
      intact: false,
      firstBrokenLink: { revision: 2, storedHash: null, reason: 'hash_missing' },
    });
  });
});

describe.each(WRITER_MODES)('a file written before the hash chain, %s writer', (writer) => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ciclo-legacy-'));
    mkdirSync(dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('opens, keeps its old rows unchained, and chains new events from the genesis after them', async () => {
    const path = join(dir, 'events.sqlite');
    writeVersionOneFile(path);
    const store = SqliteEventStore.open({ path, writer });
    try {
      const old = await store.readStream('plan-legacy');
      expect(old).toHaveLength(2);
      expect(old.every((event) => !('hash' in event))).toBe(true);

      await store.append('plan-legacy', [sampleEvent('new')], 1);
      await store.append('plan-fresh', [sampleEvent('fresh')], 'no_stream');
      const [, , added] = await store.readStream('plan-legacy');
      expect(added.hash).toBe(storedEventHash(GENESIS_HASH, added));
      expect(verifyStreamChain(await store.readStream('plan-legacy')).firstBrokenLink).toMatchObject({
        revision: 0,
        reason: 'hash_missing',
      });
      expect(verifyStreamChain(await store.readStream('plan-fresh')).intact).toBe(true);
    } finally {
      await store.close();
    }
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    } finally {
      db.close();
    }
  });
});
