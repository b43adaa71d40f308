import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { approvedPlanEvents, OBJECTIVES, PLAN_ID } from '@ciclo/domain/testing/plan-fixtures';
import { SqliteEventStore, type StoredEvent } from '@ciclo/event-store';
import { startRedisServer, type RedisServer } from './support/redis-server';
import { seedPlan } from './support/seed-store';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startWorker, type WorkerHarness } from './support/worker-harness';

const PDS = `${PLAN_ID}/objective/${OBJECTIVES.istruzione}`;

/**
 * A reminder whose e-mail the SMTP server refuses is retried with backoff; the inbox is told once;
 * after the last attempt the audit trail records ReminderFailed. The worker runs in this process,
 * its calendar reaching the PDS reminder of 1 October 2024 (09:00 in Levate) two seconds after it starts.
 */
describe('reminders the SMTP server refuses', () => {
  let redis: RedisServer;
  let smtp: SmtpSink;
  let dir: string;
  let worker: WorkerHarness | undefined;

  beforeAll(async () => {
    redis = await startRedisServer();
    smtp = await startSmtpSink();
  }, 30_000);
  afterAll(async () => {
    await smtp?.stop();
    await redis?.stop();
  });
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ciclo-reminder-failures-'));
    await seedPlan(join(dir, 'ciclo.sqlite'), PLAN_ID, approvedPlanEvents(), '2024-04-09T16:00:00.000Z');
    smtp.refuse = true;
    smtp.refusals = 0;
    smtp.received.length = 0;
  });
  afterEach(async () => {
    await worker?.close();
    worker = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const startAt = (attempts: number) =>
    startWorker({
      SQLITE_PATH: join(dir, 'ciclo.sqlite'),
      REDIS_URL: redis.url,
      REDIS_PREFIX: `failures${Date.now()}`,
      SMTP_URL: smtp.url,
      REMINDER_ATTEMPTS: String(attempts),
      REMINDER_BACKOFF_MS: '100',
      CICLO_CLOCK_START: '2024-10-01T06:59:58.000Z',
      CICLO_CLOCK_REAL_START: String(Date.now()),
    });

  async function remindersOf(count: (events: StoredEvent[]) => boolean): Promise<StoredEvent[]> {
    const store = SqliteEventStore.open({ path: join(dir, 'ciclo.sqlite') });
    try {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const events = (await store.readStream(`reminders-${PLAN_ID}`)).filter((e) => (e.data as { deadlineId: string }).deadlineId === PDS);
        if (count(events)) return events;
        if (Date.now() > deadline) throw new Error(`reminder events not as expected: ${JSON.stringify(events.map((e) => e.type))}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await store.close();
    }
  }

  it('retries a refused e-mail and sends it once the server accepts, the inbox told only once', async () => {
    worker = await startAt(4);
    await remindersOf(() => smtp.refusals >= 2);
    smtp.refuse = false;
    const [mail] = await smtp.waitFor(1);
    expect(mail.subject).toBe('Promemoria: Obiettivo «Istruzione» — scadenza 31/10/2024 (tra 30 giorni)');
    const events = await remindersOf((found) => found.length === 2);
    expect(events.map((e) => [e.type, (e.data as { channel: string }).channel])).toEqual([
      ['ReminderSent', 'inbox'],
      ['ReminderSent', 'email'],
    ]);
  }, 40_000);

  it('ends in ReminderFailed after the last attempt, naming the error and the attempts', async () => {
    worker = await startAt(3);
    const events = await remindersOf((found) => found.some((e) => e.type === 'ReminderFailed'));
    expect(smtp.refusals).toBe(3);
    expect(smtp.received).toEqual([]);
    expect(events.map((e) => e.type)).toEqual(['ReminderSent', 'ReminderFailed']);
    expect(events[1].data).toMatchObject({
      channel: 'email',
      kind: 'before-30d',
      recipient: { id: 'person-togni', email: 'roberto.togni@levate.example' },
      attempts: 3,
      error: expect.stringContaining('451'),
    });
  }, 40_000);
});
