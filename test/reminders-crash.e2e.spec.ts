import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { approvedPlanEvents, OBJECTIVES, PLAN_ID } from '@ciclo/domain/testing/plan-fixtures';
import { SqliteEventStore } from '@ciclo/event-store';
import { createRedisClient, closeRedisClient } from '../apps/api/src/reminders/redis-client';
import { RedisConnection } from '../apps/api/src/reminders/redis-connection';
import { ReminderControl } from '../apps/api/src/reminders/reminder-control.service';
import { REMINDERS_QUEUE } from '../apps/api/src/reminders/reminder-queues';
import { ReminderClock } from '../apps/worker/src/infrastructure/reminder-clock';
import { redisOptionsFromUrl } from '../apps/worker/src/infrastructure/redis-options';
import { startRedisServer, type RedisServer } from './support/redis-server';
import { seedPlan } from './support/seed-store';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { spawnWorker, type WorkerProcess } from './support/worker-process';

const PDS = `${PLAN_ID}/objective/${OBJECTIVES.istruzione}`;

/** The delayed jobs: id -> the calendar instant it fires at, and the real instant BullMQ will run it. */
async function delayedJobs(queue: Queue): Promise<Map<string, { fireAt: string; runsAt: number }>> {
  const jobs = await queue.getJobs(['delayed']);
  return new Map(jobs.map((job) => [job.id!, { fireAt: job.data.fireAt, runsAt: job.timestamp + job.opts.delay! }]));
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The worker as real child processes on a real Redis: a Redis that lost its data and a worker
 * killed with SIGKILL in the middle of an e-mail heal themselves, and no reminder goes out twice.
 */
describe('reminders survive a wiped Redis and a killed worker', () => {
  let redis: RedisServer;
  let smtp: SmtpSink;
  let dir: string;
  let queue: Queue;
  const workers: WorkerProcess[] = [];
  const env: Record<string, string> = {};

  beforeAll(async () => {
    redis = await startRedisServer();
    smtp = await startSmtpSink();
  }, 30_000);
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ciclo-reminders-crash-'));
    const prefix = `crash${Date.now()}`;
    Object.assign(env, {
      SQLITE_PATH: join(dir, 'ciclo.sqlite'),
      REDIS_URL: redis.url,
      REDIS_PREFIX: prefix,
      SMTP_URL: smtp.url,
      LOAD_DEMO: 'false',
      REMINDER_LOCK_MS: '1500',
      REMINDER_STALLED_INTERVAL_MS: '500',
      REMINDER_BACKOFF_MS: '200',
    });
    await seedPlan(env.SQLITE_PATH, PLAN_ID, approvedPlanEvents(), '2024-04-09T16:00:00.000Z');
    queue = new Queue(REMINDERS_QUEUE, { connection: redisOptionsFromUrl(redis.url), prefix });
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.kill('SIGKILL')));
    await queue.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterAll(async () => {
    await smtp?.stop();
    await redis?.stop();
  });

  const start = async (extra: Record<string, string>) => {
    const worker = await spawnWorker({ ...env, ...extra });
    workers.push(worker);
    return worker;
  };

  it('restores every pending reminder after FLUSHALL, at a restart and on demand', async () => {
    // the calendar stands at 20 September 2024 (speed 1): nothing falls due during the test
    const clockEnv = { CICLO_CLOCK_START: '2024-09-20T07:00:00.000Z', CICLO_CLOCK_REAL_START: String(Date.now()) };
    const clock = new ReminderClock(Date.parse(clockEnv.CICLO_CLOCK_START), Number(clockEnv.CICLO_CLOCK_REAL_START), 1);
    const first = await start(clockEnv);
    const scheduled = await delayedJobs(queue);
    expect([...scheduled.keys()].filter((id) => id.startsWith(`reminder/${PDS}/`)).sort()).toEqual([
      `reminder/${PDS}/before-1d/20241030T0800Z`,
      `reminder/${PDS}/before-30d/20241001T0700Z`,
      `reminder/${PDS}/before-7d/20241024T0700Z`,
      `reminder/${PDS}/escalation-1/20241101T0800Z`,
      `reminder/${PDS}/on-day/20241031T0800Z`,
    ]);

    await redis.client.flushall();
    expect((await delayedJobs(queue)).size).toBe(0);
    await first.kill('SIGTERM');
    await start(clockEnv);
    const restored = await delayedJobs(queue);
    expect([...restored.keys()].sort()).toEqual([...scheduled.keys()].sort());
    for (const [id, job] of restored) {
      expect(job.fireAt).toBe(scheduled.get(id)!.fireAt);
      expect(Math.abs(job.runsAt - clock.realTimeOf(job.fireAt))).toBeLessThan(250);
    }

    // on demand, as POST /api/reminders/reconcile asks it, with the worker running
    await redis.client.flushall();
    const client = createRedisClient(redis.url, 'test');
    const control = new ReminderControl(new RedisConnection(client, redis.url, env.REDIS_PREFIX));
    try {
      await until('the API connection', () => client.status === 'ready');
      expect(await control.reconcile()).toMatchObject({ deadlines: 5, added: scheduled.size, removed: 0 });
      expect([...(await delayedJobs(queue)).keys()].sort()).toEqual([...scheduled.keys()].sort());
    } finally {
      await control.onApplicationShutdown();
      closeRedisClient(client);
    }
  }, 90_000);

  it('delivers a reminder once when the worker is killed with SIGKILL in the middle of sending it', async () => {
    // one calendar day every 2 s, reaching 30 September 2024, 09:00 in Levate, 15 s from now (the worker
    // starts meanwhile): the monitoring escalation of 26 September and the PDS reminder of 1 October fall due
    const realStart = Date.now() + 15_000;
    const clockEnv = { CICLO_CLOCK_START: '2024-09-30T07:00:00.000Z', CICLO_CLOCK_REAL_START: String(realStart), CICLO_CLOCK_SPEED: '43200' };
    const pdsReminder = 'Promemoria: Obiettivo «Istruzione» — scadenza 31/10/2024 (tra 30 giorni)';
    const escalation = 'Scadenza non rispettata: Monitoraggio intermedio degli obiettivi 2024 — scaduta il 31/07/2024';
    const held = smtp.holdNext();
    const first = await start(clockEnv);
    const inFlight = await held;
    expect([pdsReminder, escalation]).toContain(inFlight.message.subject);

    // the SMTP server has the whole message but has not answered: the worker dies before it knows
    await first.kill('SIGKILL');
    await inFlight.closed;
    inFlight.release(true);
    expect(smtp.received.map((m) => m.messageId)).not.toContain(inFlight.message.messageId);

    const second = await start(clockEnv);
    await until('the held reminder, sent again', () => smtp.received.some((m) => m.messageId === inFlight.message.messageId));
    await until('the PDS reminder and an escalation', () =>
      [pdsReminder, escalation].every((subject) => smtp.received.some((m) => m.subject === subject)),
    );
    // a graceful stop lets a delivery under way finish, so what was sent and what was recorded can be compared
    await second.kill('SIGTERM');

    const messageIds = smtp.received.map((m) => m.messageId);
    expect(new Set(messageIds).size).toBe(messageIds.length);
    expect(messageIds.filter((id) => id === inFlight.message.messageId)).toHaveLength(1);
    expect((await queue.getJobCounts('failed')).failed).toBe(0);

    // the audit trail: one ReminderSent per recipient and channel, matching what the SMTP server accepted
    const store = SqliteEventStore.open({ path: env.SQLITE_PATH });
    try {
      const events = await store.readStream(`reminders-${PLAN_ID}`);
      expect(events.every((e) => e.type === 'ReminderSent')).toBe(true);
      const emailed = events.filter((e) => (e.data as { channel: string }).channel === 'email');
      expect(emailed.map((e) => (e.data as { messageId: string }).messageId).sort()).toEqual([...messageIds].sort());
      const keys = events.map((e) => { const d = e.data as { jobId: string; channel: string; recipient: { id: string } }; return `${d.jobId}|${d.recipient.id}|${d.channel}`; });
      expect(new Set(keys).size).toBe(keys.length);
      expect(events.filter((e) => (e.data as { channel: string }).channel === 'inbox')).toHaveLength(emailed.length);
    } finally {
      await store.close();
    }
  }, 90_000);
});
