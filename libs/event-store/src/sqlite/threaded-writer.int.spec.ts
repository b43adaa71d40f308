import Database from 'better-sqlite3';
import { StoredEvent } from '../port';
import { sampleEvent } from '../testing';
import { createSqliteFixture, SqliteFixture, WRITER_MODES } from './testing/temp-sqlite-store';

/** Counts timer ticks on this thread while `during` runs: a blocked event loop barely ticks. */
async function ticksDuring(during: () => Promise<unknown>, everyMs = 10): Promise<number> {
  let ticks = 0;
  const timer = setInterval(() => (ticks += 1), everyMs);
  try {
    await during();
  } finally {
    clearInterval(timer);
  }
  return ticks;
}

describe('where the writes run', () => {
  let fixture: SqliteFixture;
  afterEach(() => fixture.dispose());

  it('thread writer: while the write waits for another connection\'s lock, this event loop keeps running', async () => {
    fixture = createSqliteFixture({ writer: 'thread', busyTimeoutMs: 2000 });
    await fixture.store.append('plan-a', [sampleEvent()], 'no_stream');
    const locker = new Database(fixture.path);
    locker.exec('BEGIN IMMEDIATE');
    setTimeout(() => locker.exec('ROLLBACK'), 300);
    try {
      const ticks = await ticksDuring(() => fixture.store.append('plan-a', [sampleEvent()], 0));
      // about 30 ticks in 300 ms; the inline writer would give ~0 (its busy wait blocks this thread)
      expect(ticks).toBeGreaterThanOrEqual(10);
    } finally {
      locker.close();
    }
    expect(await fixture.store.readStream('plan-a')).toHaveLength(2);
  });

  it('inline writer: the same wait blocks this event loop (the reason for the thread writer)', async () => {
    fixture = createSqliteFixture({ writer: 'inline', busyTimeoutMs: 400 });
    await fixture.store.append('plan-a', [sampleEvent()], 'no_stream');
    const locker = new Database(fixture.path);
    locker.exec('BEGIN IMMEDIATE');
    // due long before the busy timeout, yet it cannot run while the busy wait holds this thread
    const release = setTimeout(() => locker.exec('ROLLBACK'), 50);
    try {
      let outcome: PromiseSettledResult<unknown>[] = [];
      const ticks = await ticksDuring(async () => (outcome = await Promise.allSettled([fixture.store.append('plan-a', [sampleEvent()], 0)])));
      expect(outcome[0]).toMatchObject({ status: 'rejected', reason: { name: 'EventStoreBusyError' } });
      expect(ticks).toBeLessThanOrEqual(2);
    } finally {
      clearTimeout(release);
      if (locker.inTransaction) locker.exec('ROLLBACK');
      locker.close();
    }
  });

  it.each(WRITER_MODES)('%s writer: a subscription hears of an append through this store at once, not at the next poll', async (writer) => {
    fixture = createSqliteFixture({ writer, pollIntervalMs: 60_000 });
    const seen: StoredEvent[] = [];
    const subscription = fixture.store.subscribeToAll({ after: 0 }, (events) => {
      seen.push(...events);
    });
    await new Promise((resolve) => setTimeout(resolve, 50)); // asleep at the head now
    const event = sampleEvent('woken');
    const { position } = await fixture.store.append('plan-a', [event], 'no_stream');
    await subscription.waitFor(position, 1000);
    await subscription.stop();
    expect(seen.map((e) => e.id)).toEqual([event.id]);
  });

  it('an idle thread writer does not keep the process alive, and close() stops its thread', async () => {
    fixture = createSqliteFixture({ writer: 'thread' });
    await fixture.store.append('plan-a', [sampleEvent()], 'no_stream');
    const handles = () => (process as unknown as { getActiveResourcesInfo(): string[] }).getActiveResourcesInfo();
    expect(handles().filter((h) => h === 'Worker' || h === 'MessagePort')).toEqual([]);
    await fixture.store.close();
    await expect(fixture.store.append('plan-a', [sampleEvent()], 1)).rejects.toThrow('closed');
  });
});
