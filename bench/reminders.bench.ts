import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { addDays, type Deadline } from '@ciclo/domain';
import { SqliteEventStore } from '@ciclo/event-store';
import { loadDeadlineRules, ProjectionDatabase } from '@ciclo/projections';
import { migrateDeadlineTables, saveDeadline } from '@ciclo/projections/deadlines/deadline-tables';
import { Queue } from 'bullmq';
import { REMINDERS_QUEUE } from '../apps/api/src/reminders/reminder-queues';
import { ChangeSignal } from '../apps/worker/src/calendar/change-signal';
import { WorkerCalendar } from '../apps/worker/src/calendar/worker-calendar';
import { ReminderClock } from '../apps/worker/src/infrastructure/reminder-clock';
import { redisOptionsFromUrl } from '../apps/worker/src/infrastructure/redis-options';
import { reminderJob } from '../apps/worker/src/scheduling/reminder-jobs';
import { ADD_CHUNK, ADD_PARALLELISM, ReminderScheduler } from '../apps/worker/src/scheduling/reminder-scheduler';
import { ScheduleState } from '../apps/worker/src/scheduling/schedule-state';
import { startRedisServer } from '../test/support/redis-server';

const RETRY = { attempts: 5, backoffMs: 60_000 };

/** `count` open objective deadlines of as many plans, due over a year from two months ahead: 5 reminders each. */
function syntheticDeadlines(count: number): Deadline[] {
  return Array.from({ length: count }, (_, i) => {
    const planId = `bench-plan-${i}`;
    return {
      deadlineId: `${planId}/objective/o-${i}`,
      planId,
      ente: { code: `ente_${i % 200}`, name: `Comune ${i % 200}` },
      planYear: 2029,
      kind: 'objective',
      rule: 'objective',
      title: 'Obiettivo «Istruzione»',
      objectiveId: `o-${i}`,
      owners: [{ id: `responsabile-${i % 500}`, name: 'Responsabile', email: `r${i % 500}@comune.example` }],
      escalateTo: [{ id: 'segretario', name: 'Segretario Comunale', email: 'segretario@comune.example' }],
      dueDate: addDays('2029-08-01', i % 365),
      status: 'open',
      moves: [],
      sources: [{ eventId: `e-${i}`, type: 'PlanApproved', position: i + 1, recordedAt: '2029-06-01T00:00:00.000Z' }],
    };
  });
}

/**
 * Scheduling the reminders of `deadlines` deadlines (default 10,000; 5 jobs each) through the
 * scheduler, beside raw BullMQ `addBulk` of the same jobs in the same run (target ratio >= 0.8),
 * and reconciliation of them all, with the queue in sync and after FLUSHALL (target < 5 s).
 */
export async function benchReminders(opts: { dir: string; quick?: boolean }): Promise<Record<string, number>> {
  const count = opts.quick ? 1_000 : 10_000;
  const redis = await startRedisServer();
  const rules = loadDeadlineRules();
  const clock = new ReminderClock(Date.parse('2029-06-01T00:00:00.000Z'), Date.now(), 1);
  const tag = randomUUID().slice(0, 8);
  const store = SqliteEventStore.open({ path: join(opts.dir, `reminders-bench-${tag}.sqlite`) });
  const db = ProjectionDatabase.open(join(opts.dir, `reminders-bench-${tag}.reminders.sqlite`));
  const queue = new Queue(REMINDERS_QUEUE, { connection: redisOptionsFromUrl(redis.url), prefix: `bench${tag}` });
  try {
    migrateDeadlineTables(db);
    const deadlines = syntheticDeadlines(count);
    db.transaction(() => deadlines.forEach((deadline) => saveDeadline(db, deadline)));
    const calendar = new WorkerCalendar(store, db, rules, new ChangeSignal(), (error) => console.error(error));
    const state = new ScheduleState(db);
    const scheduler = new ReminderScheduler(queue, calendar, state, rules, clock, RETRY);
    const now = clock.now().toISOString();
    const jobs = deadlines.flatMap((deadline) => scheduler.jobsFor(deadline, now));

    // the baseline: the same jobs straight into queue.addBulk, both ways a caller would do it,
    // one bulk after the other and as the scheduler does (bulks of ADD_CHUNK, ADD_PARALLELISM in flight)
    const raw = async (parallelism: number) => {
      await redis.client.flushall();
      const started = performance.now();
      let next = 0;
      const addChunks = async () => {
        while (next < jobs.length) await queue.addBulk(jobs.slice(next, (next += ADD_CHUNK)));
      };
      await Promise.all(Array.from({ length: parallelism }, addChunks));
      return jobs.length / ((performance.now() - started) / 1000);
    };
    const scheduled = async () => {
      await redis.client.flushall();
      db.connection.exec('DELETE FROM reminder_schedule; DELETE FROM reminder_marks;');
      const started = performance.now();
      const synced = await scheduler.syncChanges();
      const seconds = (performance.now() - started) / 1000;
      if (synced !== count) throw new Error(`synced ${synced} deadlines, expected ${count}`);
      return jobs.length / seconds;
    };
    await raw(ADD_PARALLELISM); // warm-up: Redis and the JIT
    let rawSequential = 0;
    let rawBest = 0;
    let schedulerBest = 0;
    for (let round = 0; round < 3; round++) {
      rawSequential = Math.max(rawSequential, await raw(1));
      rawBest = Math.max(rawBest, await raw(ADD_PARALLELISM));
      schedulerBest = Math.max(schedulerBest, await scheduled());
    }
    const ratio = schedulerBest / rawBest;
    console.log(
      `scheduling reminders: ${count} deadlines, ${jobs.length} delayed jobs: ${Math.round(schedulerBest)} jobs/s ` +
        `vs raw BullMQ addBulk of the same jobs ${Math.round(rawBest)} jobs/s (${ADD_PARALLELISM} bulks of ${ADD_CHUNK} in flight; ` +
        `${Math.round(rawSequential)} jobs/s one bulk at a time): ratio ${ratio.toFixed(2)} (target >= 0.8)`,
    );

    const inSync = await scheduler.reconcile();
    await redis.client.flushall();
    const afterFlush = await scheduler.reconcile();
    if (afterFlush.added !== jobs.length) throw new Error(`reconcile restored ${afterFlush.added} of ${jobs.length} jobs`);
    console.log(
      `reconciliation of ${count} deadlines: ${inSync.ms} ms with the queue in sync, ` +
        `${afterFlush.ms} ms after FLUSHALL (${afterFlush.added} jobs restored); target < 5000 ms`,
    );
    return {
      reminders_deadlines: count,
      reminders_jobs: jobs.length,
      reminders_schedule_jobs_per_s: Math.round(schedulerBest),
      reminders_raw_addbulk_jobs_per_s: Math.round(rawBest),
      reminders_raw_addbulk_sequential_jobs_per_s: Math.round(rawSequential),
      reminders_schedule_ratio: Math.round(ratio * 100) / 100,
      reminders_reconcile_in_sync_ms: inSync.ms,
      reminders_reconcile_after_flushall_ms: afterFlush.ms,
    };
  } finally {
    await queue.close();
    db.close();
    await store.close();
    await redis.stop();
  }
}

/** `ts-node bench/reminders.bench.ts [--quick]` runs this benchmark alone. */
if (require.main === module) {
  const { mkdtempSync, rmSync } = require('node:fs') as typeof import('node:fs');
  const dir = mkdtempSync(join(require('node:os').tmpdir(), 'ciclo-bench-'));
  benchReminders({ dir, quick: process.argv.includes('--quick') })
    .then((figures) => console.log(JSON.stringify(figures)))
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => rmSync(dir, { recursive: true, force: true }));
}
