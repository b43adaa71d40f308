import Database from 'better-sqlite3';
import { WrongExpectedRevisionError } from '../port';
import { appendedPart, sampleEvent, sampleEvents } from '../testing';
import { DuplicateEventIdError } from './errors';
import { createSqliteFixture, SqliteFixture, WRITER_MODES } from './testing/temp-sqlite-store';

describe.each(WRITER_MODES)('group commit, %s writer', (writer) => {
  let fixture: SqliteFixture;
  afterEach(() => fixture.dispose());

  it('writes appends that arrive together in one transaction', async () => {
    fixture = createSqliteFixture({ writer });
    const before = fixture.store.writeStats;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => fixture.store.append(`plan-${i}`, [sampleEvent()], 'no_stream')),
    );
    const after = fixture.store.writeStats;
    expect(after.transactions - before.transactions).toBe(1);
    expect(after.appendsCommitted - before.appendsCommitted).toBe(20);
    expect(after.largestBatch).toBe(20);
  });

  it('with groupCommit: false writes one transaction per append', async () => {
    fixture = createSqliteFixture({ writer, groupCommit: false });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => fixture.store.append(`plan-${i}`, [sampleEvent()], 'no_stream')),
    );
    expect(fixture.store.writeStats).toEqual({ transactions: 20, appendsCommitted: 20, appendsRejected: 0, largestBatch: 1 });
  });

  it('a conflict inside a batch fails only its own append; appends to one stream see each other in order', async () => {
    fixture = createSqliteFixture({ writer });
    const { store } = fixture;
    await store.append('centro-affari-generali', sampleEvents(3), 'no_stream');
    const before = store.writeStats.transactions;

    const plan = [sampleEvent('p0'), sampleEvent('p1'), sampleEvent('p2')];
    const outcomes = await Promise.allSettled([
      store.append('plan-levate', [plan[0]], 'no_stream'),
      store.append('centro-affari-generali', [sampleEvent('stale')], 0),
      store.append('plan-levate', [plan[1], plan[2]], 0),
      store.append('objective-pds', [sampleEvent()], 'any'),
    ]);

    expect(store.writeStats.transactions - before).toBe(1);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
    expect((outcomes[2] as PromiseFulfilledResult<unknown>).value).toMatchObject({ nextExpectedRevision: 2 });
    expect((await store.readStream('plan-levate')).map(appendedPart)).toEqual(plan.map(appendedPart));
    expect(await store.readStream('centro-affari-generali')).toHaveLength(3);
  });

  it('an append that cannot be written (unserializable data, id used by another stream) fails alone', async () => {
    fixture = createSqliteFixture({ writer });
    const { store } = fixture;
    const taken = sampleEvent('taken');
    await store.append('plan-a', [taken], 'no_stream');
    const head = await store.headPosition();

    const outcomes = await Promise.allSettled([
      store.append('plan-b', [sampleEvent('ok'), { ...sampleEvent(), data: { amount: BigInt(10) } }], 'no_stream'),
      store.append('plan-c', [sampleEvent('fine')], 'no_stream'),
      store.append('plan-d', [sampleEvent('new'), taken], 'no_stream'),
      store.append('plan-e', [taken], 'any'),
    ]);

    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled', 'rejected', 'rejected']);
    expect((outcomes[0] as PromiseRejectedResult).reason).toBeInstanceOf(TypeError);
    expect((outcomes[2] as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateEventIdError);
    expect((outcomes[3] as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateEventIdError);
    expect(await store.readStream('plan-b')).toEqual([]);
    expect(await store.readStream('plan-d')).toEqual([]);
    // the failed appends left no hole in the global order
    expect((await store.readAll({ after: head })).map((e) => e.position)).toEqual([head + 1]);
  });

  it('when COMMIT itself fails every append of the batch is rejected and nothing is stored', async () => {
    fixture = createSqliteFixture({ writer });
    const { store } = fixture;
    await store.append('plan-before', [sampleEvent()], 'no_stream');
    poisonCommitsOf(fixture.path);
    const head = await store.headPosition();

    const outcomes = await Promise.allSettled([
      store.append('plan-a', [sampleEvent()], 'no_stream'),
      store.append('plan-b', [sampleEvent('x', { type: 'PoisonCommit' })], 'no_stream'),
      store.append('plan-c', [sampleEvent()], 'no_stream'),
    ]);

    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const outcome of outcomes) {
      expect((outcome as PromiseRejectedResult).reason).toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
    }
    expect(await store.headPosition()).toBe(head);
    expect((await store.append('plan-a', [sampleEvent()], 'no_stream')).position).toBe(head + 1);
  });
});

/** Makes any transaction that stored a 'PoisonCommit' event fail at COMMIT (a deferred foreign key). */
function poisonCommitsOf(path: string): void {
  const db = new Database(path);
  db.exec(`
    CREATE TABLE commit_gate (id INTEGER PRIMARY KEY);
    CREATE TABLE commit_poison (gate_id INTEGER REFERENCES commit_gate (id) DEFERRABLE INITIALLY DEFERRED);
    CREATE TRIGGER poison_commit AFTER INSERT ON events WHEN NEW.type = 'PoisonCommit'
    BEGIN INSERT INTO commit_poison (gate_id) VALUES (42); END;`);
  db.close();
}
