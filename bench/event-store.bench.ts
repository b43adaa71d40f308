import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { EventToAppend, ExpectedRevision, SqliteEventStore, WriterMode } from '@ciclo/event-store';
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
 * store, where group commit lets one fsync serve many appends. The store runs twice, with its
 * writes on the calling thread ('inline') and in a worker thread ('thread', the default).
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
  await sequentialComparison(file('warmup-raw'), file('warmup-inline'), file('warmup-thread'), warmUp);

  const { raw, inline, thread } = await sequentialComparison(file('raw'), file('inline'), file('thread'), workload);
  console.log(
    `raw better-sqlite3, 1 insert per transaction: ${round(raw.perSecond, 0)} tx/s, ` +
      `p50 ${round(raw.p50, 3)} ms, p99 ${round(raw.p99, 3)} ms (${workload.appends} on ${workload.streams} streams)`,
  );
  for (const [mode, store] of [['inline', inline], ['thread', thread]] as const) {
    console.log(
      `SqliteEventStore (${mode} writer), sequential 1-event appends: ${round(store.perSecond, 0)} appends/s, ` +
        `p50 ${round(store.p50, 3)} ms, p99 ${round(store.p99, 3)} ms; ${round(store.perSecond / raw.perSecond)} x raw (target >= 0.70)`,
    );
  }

  const groups = {
    inline: await concurrentStoreAppends(file('group-inline'), workload, 'inline'),
    thread: await concurrentStoreAppends(file('group-thread'), workload, 'thread'),
  };
  for (const [mode, group] of Object.entries(groups)) {
    console.log(
      `SqliteEventStore (${mode} writer), ${workload.concurrentWriters} concurrent writers with group commit: ${round(group.perSecond, 0)} appends/s, ` +
        `${round(group.appendsPerTransaction, 1)} appends per transaction; ${round(group.perSecond / raw.perSecond)} x raw (target >= 3.0)`,
    );
  }

  const steady = {
    inline: await steadyAppends(file('steady-inline'), 'inline'),
    thread: await steadyAppends(file('steady-thread'), 'thread'),
  };
  for (const [mode, run] of Object.entries(steady)) {
    console.log(
      `SqliteEventStore (${mode} writer), ${STEADY_RATE} appends/s for ${STEADY_SECONDS} s: append p50 ${round(run.p50, 3)} ms, p99 ${round(run.p99, 3)} ms; ` +
        `event-loop delay p50 ${round(run.loopDelayP50, 2)} ms, p99 ${round(run.loopDelayP99, 2)} ms, max ${round(run.loopDelayMax, 2)} ms`,
    );
  }

  return {
    steady_inline_loop_delay_p99_ms: round(steady.inline.loopDelayP99, 2),
    steady_thread_loop_delay_p99_ms: round(steady.thread.loopDelayP99, 2),
    steady_inline_append_p99_ms: round(steady.inline.p99, 3),
    steady_thread_append_p99_ms: round(steady.thread.p99, 3),
    store_appends_per_s: round(inline.perSecond, 0),
    store_p50_ms: round(inline.p50, 3),
    store_p99_ms: round(inline.p99, 3),
    raw_sqlite_tx_per_s: round(raw.perSecond, 0),
    store_vs_raw_ratio: round(inline.perSecond / raw.perSecond),
    group_commit_appends_per_s: round(groups.inline.perSecond, 0),
    group_commit_appends_per_tx: round(groups.inline.appendsPerTransaction, 1),
    group_commit_vs_raw_ratio: round(groups.inline.perSecond / raw.perSecond),
    threaded_store_appends_per_s: round(thread.perSecond, 0),
    threaded_store_p50_ms: round(thread.p50, 3),
    threaded_store_p99_ms: round(thread.p99, 3),
    threaded_store_vs_raw_ratio: round(thread.perSecond / raw.perSecond),
    threaded_group_commit_appends_per_s: round(groups.thread.perSecond, 0),
    threaded_group_commit_appends_per_tx: round(groups.thread.appendsPerTransaction, 1),
    threaded_group_commit_vs_raw_ratio: round(groups.thread.perSecond / raw.perSecond),
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
 * (a), (b) and both store writers on the same events, alternating in rounds: fsync latency on a
 * shared disk drifts within seconds, and alternating lets every side meet the same drift.
 */
async function sequentialComparison(rawPath: string, inlinePath: string, threadPath: string, workload: Workload) {
  const raw = await openRawInserter(rawPath, workload.streams);
  const stores = {
    inline: SqliteEventStore.open({ path: inlinePath, writer: 'inline' }),
    thread: SqliteEventStore.open({ path: threadPath, writer: 'thread' }),
  };
  const events = Array.from({ length: workload.appends }, (_, i) => benchEvent(i));
  const rawLatencies: number[] = [];
  const storeLatencies = { inline: [] as number[], thread: [] as number[] };
  const rounds = 10;
  const perRound = Math.ceil(events.length / rounds);
  for (let from = 0; from < events.length; from += perRound) {
    const to = Math.min(events.length, from + perRound);
    for (let i = from; i < to; i++) {
      const before = performance.now();
      raw.insert(events[i], i);
      rawLatencies.push(performance.now() - before);
    }
    for (const mode of ['inline', 'thread'] as const) {
      for (let i = from; i < to; i++) {
        const expected: ExpectedRevision = i < workload.streams ? 'no_stream' : Math.floor(i / workload.streams) - 1;
        const before = performance.now();
        await stores[mode].append(`bench-${i % workload.streams}`, [events[i]], expected);
        storeLatencies[mode].push(performance.now() - before);
      }
    }
  }
  raw.close();
  await Promise.all([stores.inline.close(), stores.thread.close()]);
  return { raw: timing(rawLatencies), inline: timing(storeLatencies.inline), thread: timing(storeLatencies.thread) };
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

async function concurrentStoreAppends(path: string, workload: Workload, writer: WriterMode) {
  const store = SqliteEventStore.open({ path, writer });
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

const STEADY_RATE = 200;
const STEADY_SECONDS = 3;

/**
 * Appends at a steady rate, as the API under its target load, while watching how late this
 * thread's event loop runs: what HTTP parsing and projections would wait for.
 */
async function steadyAppends(path: string, writer: WriterMode) {
  const store = SqliteEventStore.open({ path, writer });
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const latencies: Promise<number>[] = [];
  histogram.enable();
  const startedAt = performance.now();
  for (let i = 0; i < STEADY_RATE * STEADY_SECONDS; i++) {
    const wait = startedAt + (i * 1000) / STEADY_RATE - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const before = performance.now();
    latencies.push(store.append(`steady-${i % 100}`, [benchEvent(i)], 'any').then(() => performance.now() - before));
  }
  const measured = await Promise.all(latencies);
  histogram.disable();
  await store.close();
  const ms = (ns: number) => ns / 1e6;
  return {
    p50: percentile(measured, 50),
    p99: percentile(measured, 99),
    loopDelayP50: ms(histogram.percentile(50)),
    loopDelayP99: ms(histogram.percentile(99)),
    loopDelayMax: ms(histogram.max),
  };
}
