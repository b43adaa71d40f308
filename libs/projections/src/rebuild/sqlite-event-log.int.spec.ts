import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { categoryOf } from '@ciclo/event-store/port';
import { planIdOfStream } from '../plan-projection/plan-stream';
import { openTempDatabases, type TempDatabases } from '../testing/temp-databases';
import { SqliteEventLog } from './sqlite-event-log';

const event = (n: number) => ({
  id: randomUUID(),
  type: 'Noted',
  schemaVersion: 1,
  data: { n },
  metadata: { actorId: 'tester', actorRole: 'segretario', commandId: `c${n}`, correlationId: `c${n}`, causationId: `c${n}`, recordedAt: '2024-04-09T10:00:00.000Z' },
});

describe('the SQLite event file read plan by plan', () => {
  let temp: TempDatabases;
  let path: string;

  beforeAll(async () => {
    temp = openTempDatabases();
    path = join(temp.dir, 'ciclo.sqlite');
    // two plans whose plan and reminder streams interleave in the global order, and a stream of another category
    let n = 0;
    for (const stream of ['plan-b', 'plan-a', 'reminders-b', 'delibere-levate', 'plan-b', 'reminders-a', 'plan-a', 'reminders-b']) {
      await temp.store.append(stream, [event(++n), event(++n)], 'any');
    }
  });
  afterAll(() => temp.dispose());

  const open = (until: number, share = 0, shares = 1) =>
    SqliteEventLog.open(path, { wants: (stream) => categoryOf(stream) !== 'delibere', planOf: planIdOfStream, share, shares, until });

  it('gives whole plans, in plan order, each with the events of all its streams in position order', () => {
    const log = open(16);
    try {
      const first = log.readPlans(1);
      const second = log.readPlans(1);
      expect(first.map((e) => [e.streamName, e.position])).toEqual([
        ['plan-a', 3],
        ['plan-a', 4],
        ['reminders-a', 11],
        ['reminders-a', 12],
        ['plan-a', 13],
        ['plan-a', 14],
      ]);
      expect(second.map((e) => e.position)).toEqual([1, 2, 5, 6, 9, 10, 15, 16]);
      expect(second.map((e) => e.revision)).toEqual([0, 1, 0, 1, 2, 3, 2, 3]);
      expect(second[0]).toMatchObject({ type: 'Noted', schemaVersion: 1, data: { n: 1 }, metadata: { commandId: 'c1' } });
      expect(log.readPlans(1)).toEqual([]);
    } finally {
      log.close();
    }
  });

  it('fills a batch with whole plans up to the limit, and reads nothing past `until`', () => {
    const log = open(10);
    try {
      const batch = log.readPlans(3);
      expect(batch.map((e) => e.position)).toEqual([3, 4, 1, 2, 5, 6, 9, 10]);
      expect(log.readPlans(3)).toEqual([]);
    } finally {
      log.close();
    }
  });

  it('reads, in each share, its own range of the plans', () => {
    const shares = [open(16, 0, 2), open(16, 1, 2)];
    try {
      expect(shares.map((log) => [...new Set(log.readPlans(100).map((e) => e.streamName))])).toEqual([
        ['plan-a', 'reminders-a'],
        ['plan-b', 'reminders-b'],
      ]);
    } finally {
      shares.forEach((log) => log.close());
    }
  });
});
