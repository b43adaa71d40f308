import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EventToAppend, ExpectedRevision, SqliteEventStore } from '@ciclo/event-store';
import { percentile, round } from './percentiles';

interface Workload {
  appends: number;
  streams: number;
  concurrentWriters: number;
  concurrentAppends: number;
}

const FULL: Workload = { appends: 5_000, streams: 1_000, concurrentWriters: 50, concurrentAppends: 4_000 };
const QUICK: Workload = { appends: 300, streams: 100, concurrentWriters: 50, concurrentAppends: 500 };

/**
 * The store against raw better-sqlite3 on the same machine, same run, same durability (WAL +
 * synchronous=FULL on both sides, same table and indexes): (a) sequential 1-event appends through
 * the store, (b) the same inserts, one raw transaction each, (c) 50 concurrent writers through the
 * store, where group commit lets one fsync serve many appends.
 */
export async function benchEventStore(opts: { dir: string; quick?: boolean }): Promise<Record<string, number>> {
  const workload = opts.quick ? QUICK : FULL;
  const files: string[] = [];
  const file = (name: string) => {
    files.push(join(opts.dir, `event-store-bench-${name}-${randomUUID().slice(0, 8)}.sqlite`));
    return files[files.length - 1];
  };
  try {
    return await compare(file, workload);
  } finally {
    for (const path of files) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
}

async function compare(file: (name: string) => string, workload: Workload): Promise<Record<string, number>> {
  // one short round of each first, so neither side pays for a cold disk cache or JIT alone
  const warmUp = { ...QUICK, appends: 100, streams: 50 };
  await sequentialComparison(file('warmup-raw'), file('warmup-store'), warmUp);

  const { raw, store } = await sequentialComparison(file('raw'), file('store'), workload);
  console.log(
    `raw better-sqlite3, 1 insert per transaction: ${round(raw.perSecond, 0)} tx/s, ` +
      `p50 ${round(raw.p50, 3)} ms, p99 ${round(raw.p99, 3)} ms (${workload.appends} on ${workload.streams} streams)`,
  );
  const storeVsRaw = store.perSecond / raw.perSecond;
  console.log(
    `SqliteEventStore, sequential 1-event appends: ${round(store.perSecond, 0)} appends/s, ` +
      `p50 ${round(store.p50, 3)} ms, p99 ${round(store.p99, 3)} ms; ${round(storeVsRaw)} x raw (target >= 0.70)`,
  );

  const group = await concurrentStoreAppends(file('group'), workload);
  const groupVsRaw = group.perSecond / raw.perSecond;
  console.log(
    `SqliteEventStore, ${workload.concurrentWriters} concurrent writers with group commit: ${round(group.perSecond, 0)} appends/s, ` +
      `${round(group.appendsPerTransaction, 1)} appends per transaction; ${round(groupVsRaw)} x raw (target >= 3.0)`,
  );

  return {
    store_appends_per_s: round(store.perSecond, 0),
    store_p50_ms: round(store.p50, 3),
    store_p99_ms: round(store.p99, 3),
    raw_sqlite_tx_per_s: round(raw.perSecond, 0),
    store_vs_raw_ratio: round(storeVsRaw),
    group_commit_appends_per_s: round(group.perSecond, 0),
    group_commit_appends_per_tx: round(group.appendsPerTransaction, 1),
    group_commit_vs_raw_ratio: round(groupVsRaw),
  };
}

function benchEvent(i: number): EventToAppend {
  const id = randomUUID();
  return {
    id,
    type: 'IndicatorValueRecorded',
    schemaVersion: 1,
    data: { objectiveId: `objective-${i % 97}`, indicator: 'Atti protocollati', year: 2024, value: { amount: 4312 + i, unit: 'count' } },
    metadata: {
      actorId: 'person-roberto-togni',
      actorRole: 'responsabile',
      commandId: id,
      correlationId: id,
      causationId: id,
      recordedAt: '2024-07-31T09:00:00.000Z',
    },
  };
}

interface Timing {
  perSecond: number;
  p50: number;
  p99: number;
}

/**
 * (a) and (b) on the same events, alternating in rounds: fsync latency on a shared disk drifts
 * within seconds, and alternating lets both sides meet the same drift.
 */
async function sequentialComparison(rawPath: string, storePath: string, workload: Workload) {
  const raw = await openRawInserter(rawPath, workload.streams);
  const store = SqliteEventStore.open({ path: storePath });
  const events = Array.from({ length: workload.appends }, (_, i) => benchEvent(i));
  const rawLatencies: number[] = [];
  const storeLatencies: number[] = [];
  const rounds = 10;
  const perRound = Math.ceil(events.length / rounds);
  for (let from = 0; from < events.length; from += perRound) {
    const to = Math.min(events.length, from + perRound);
    for (let i = from; i < to; i++) {
      const before = performance.now();
      raw.insert(events[i], i);
      rawLatencies.push(performance.now() - before);
    }
    for (let i = from; i < to; i++) {
      const expected: ExpectedRevision = i < workload.streams ? 'no_stream' : Math.floor(i / workload.streams) - 1;
      const before = performance.now();
      await store.append(`bench-${i % workload.streams}`, [events[i]], expected);
      storeLatencies.push(performance.now() - before);
    }
  }
  raw.close();
  await store.close();
  return { raw: timing(rawLatencies), store: timing(storeLatencies) };
}

function timing(latenciesMs: number[]): Timing {
  const totalMs = latenciesMs.reduce((sum, ms) => sum + ms, 0);
  return { perSecond: (latenciesMs.length / totalMs) * 1000, p50: percentile(latenciesMs, 50), p99: percentile(latenciesMs, 99) };
}

/** Plain better-sqlite3: prepared INSERT, one BEGIN IMMEDIATE ... COMMIT per event, no checks. */
async function openRawInserter(path: string, streams: number) {
  await SqliteEventStore.open({ path }).close(); // the store's own schema: both sides write the same table and indexes
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const insert = db.prepare(
    'INSERT INTO events (event_id, stream_name, revision, type, schema_version, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  return {
    insert(event: EventToAppend, i: number): void {
      begin.run();
      insert.run(event.id, `bench-${i % streams}`, Math.floor(i / streams), event.type, event.schemaVersion, JSON.stringify(event.data), JSON.stringify(event.metadata));
      commit.run();
    },
    close: () => db.close(),
  };
}

async function concurrentStoreAppends(path: string, workload: Workload) {
  const store = SqliteEventStore.open({ path });
  const perWriter = Math.ceil(workload.concurrentAppends / workload.concurrentWriters);
  const streamsPerWriter = Math.max(1, Math.floor(workload.streams / workload.concurrentWriters));
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: workload.concurrentWriters }, async (_, w) => {
      const heads = new Map<string, number>();
      for (let i = 0; i < perWriter; i++) {
        const stream = `bench-w${w}s${i % streamsPerWriter}`;
        const head = heads.get(stream);
        const result = await store.append(stream, [benchEvent(i)], head === undefined ? 'no_stream' : head);
        heads.set(stream, result.nextExpectedRevision);
      }
    }),
  );
  const seconds = (performance.now() - startedAt) / 1000;
  const stats = store.writeStats;
  await store.close();
  const appends = perWriter * workload.concurrentWriters;
  return { perSecond: appends / seconds, appendsPerTransaction: stats.appendsCommitted / stats.transactions };
}
