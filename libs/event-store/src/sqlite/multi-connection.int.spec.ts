import Database from 'better-sqlite3';
import { StoredEvent, WrongExpectedRevisionError } from '../port';
import { sampleEvent, sampleEvents } from '../testing';
import { EventStoreBusyError } from './errors';
import { createSqliteFixture, SqliteFixture, WRITER_MODES } from './testing/temp-sqlite-store';

describe.each(WRITER_MODES)('several connections on one file, %s writer', (writer) => {
  let fixture: SqliteFixture;
  beforeEach(() => (fixture = createSqliteFixture({ writer })));
  afterEach(() => fixture.dispose());

  it('two store instances racing the same expected revision: exactly one wins each time', async () => {
    const other = fixture.openAnother();
    const stream = 'plan-levate-2024';
    let expected = (await fixture.store.append(stream, [sampleEvent()], 'no_stream')).nextExpectedRevision;
    for (let round = 0; round < 10; round++) {
      const outcomes = await Promise.allSettled([
        fixture.store.append(stream, sampleEvents(2, `first${round}`), expected),
        other.append(stream, sampleEvents(2, `second${round}`), expected),
      ]);
      const winners = outcomes.filter((o): o is PromiseFulfilledResult<{ nextExpectedRevision: number; position: number }> => o.status === 'fulfilled');
      expect(winners).toHaveLength(1);
      const loser = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')!;
      expect(loser.reason).toBeInstanceOf(WrongExpectedRevisionError);
      expected = winners[0].value.nextExpectedRevision;
    }
    expect(await other.readStream(stream)).toHaveLength(1 + 10 * 2);
  });

  it('appends through two instances get one gap-free global order', async () => {
    const other = fixture.openAnother();
    const start = await fixture.store.headPosition();
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        (i % 2 ? other : fixture.store).append(`centro-${i % 10}`, [sampleEvent(`${i}`)], 'any'),
      ),
    );
    const positions = (await other.readAll({ after: start })).map((e) => e.position);
    expect(positions).toEqual(Array.from({ length: 100 }, (_, i) => start + 1 + i));
  });

  it('a write lock held past the busy timeout is reported as an error and nothing is written', async () => {
    const store = fixture.openAnother({ busyTimeoutMs: 150 });
    await store.append('plan-x', [sampleEvent()], 'no_stream');
    const locker = new Database(fixture.path);
    locker.exec('BEGIN IMMEDIATE');
    try {
      const startedAt = Date.now();
      await expect(store.append('plan-x', [sampleEvent()], 0)).rejects.toBeInstanceOf(EventStoreBusyError);
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(140);
    } finally {
      locker.exec('ROLLBACK');
      locker.close();
    }
    expect(await store.readStream('plan-x')).toHaveLength(1);
    expect((await store.append('plan-x', [sampleEvent()], 0)).nextExpectedRevision).toBe(1);
  });

  it('a subscription follows appends made through another connection by polling', async () => {
    const writer = fixture.openAnother();
    const reader = fixture.openAnother({ pollIntervalMs: 20 });
    const seen: StoredEvent[] = [];
    const subscription = reader.subscribeToAll({ after: 0 }, (events) => {
      seen.push(...events);
    });
    let last = 0;
    for (let i = 0; i < 5; i++) {
      last = (await writer.append(`plan-${i}`, sampleEvents(2), 'no_stream')).position;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await subscription.waitFor(last, 2000);
    await subscription.stop();
    expect(seen).toEqual(await writer.readAll());
  });
});
