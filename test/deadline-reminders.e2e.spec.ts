import { Queue } from 'bullmq';
import { REMINDERS_QUEUE } from '../apps/api/src/reminders/reminder-queues';
import levate2024 from '../apps/api/src/demo/levate-2024.plan.json';
import { ReminderClock } from '../apps/worker/src/infrastructure/reminder-clock';
import { redisOptionsFromUrl } from '../apps/worker/src/infrastructure/redis-options';
import { as, startApi, type ApiHarness } from './support/api-harness';
import { startRedisServer, type RedisServer } from './support/redis-server';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startWorker, type WorkerHarness } from './support/worker-harness';

/** One calendar day passes in 200 ms: a month of reminders in a few seconds, with real BullMQ delays. */
const DAY_MS = 200;
const SPEED = 86_400_000 / DAY_MS;
const PUBLIC_URL = 'https://ciclo.comune.levate.bg.it';
const segretario = as('segretario.levate', 'segretario');
const togni = as('roberto.togni', 'responsabile');
const giunta = as('sindaco.levate', 'giunta');

async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not reached within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * The Levate plan end to end: real HTTP, real SQLite, the worker with its BullMQ queue on a real
 * redis-server, and the reminders e-mailed to a real SMTP server started here. The calendar starts
 * on 1 September 2024 and runs one day every 200 ms.
 */
describe('deadline reminders on the Levate plan', () => {
  let redis: RedisServer;
  let smtp: SmtpSink;
  let api: ApiHarness;
  let worker: WorkerHarness;
  let queue: Queue;
  let clock: ReminderClock;
  let planId: string;
  let istruzione: string;
  const prefix = `e2e${Date.now()}`;
  const previousRedisUrl = process.env.REDIS_URL;

  /** every command is stamped with the calendar's time */
  const call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
    api.clock.set(clock.now().toISOString());
    return api.call(method, path, body, headers);
  };
  const jobsOf = async (deadlineId: string) =>
    (await queue.getJobs(['delayed', 'wait', 'active']))
      .filter((job) => job.data.deadlineId === deadlineId)
      .sort((a, b) => a.data.fireAt.localeCompare(b.data.fireAt));

  beforeAll(async () => {
    redis = await startRedisServer();
    smtp = await startSmtpSink();
    process.env.REDIS_URL = redis.url;
    process.env.REDIS_PREFIX = prefix;
    api = await startApi({ loadDemo: false });
    const realStart = Date.now();
    clock = new ReminderClock(Date.parse('2024-09-01T07:00:00.000Z'), realStart, SPEED);
    worker = await startWorker({
      SQLITE_PATH: api.sqlitePath,
      REDIS_URL: redis.url,
      REDIS_PREFIX: prefix,
      SMTP_URL: smtp.url,
      SMTP_FROM: 'Ciclo <ciclo@comune.levate.bg.it>',
      PUBLIC_URL,
      REMINDER_BACKOFF_MS: '50',
      CICLO_CLOCK_START: '2024-09-01T07:00:00.000Z',
      CICLO_CLOCK_REAL_START: String(realStart),
      CICLO_CLOCK_SPEED: String(SPEED),
    });
    queue = new Queue(REMINDERS_QUEUE, { connection: redisOptionsFromUrl(redis.url), prefix });
  }, 60_000);

  afterAll(async () => {
    await queue?.close();
    await worker?.close();
    await api?.close();
    await smtp?.stop();
    await redis?.stop();
    for (const [key, value] of [['REDIS_URL', previousRedisUrl], ['REDIS_PREFIX', undefined]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('approving the plan creates the PDS deadline (31/10/2024) with its reminders as delayed BullMQ jobs', async () => {
    const { approval: _approval, ...draft } = levate2024 as Record<string, unknown>;
    planId = (await call('POST', '/api/plans/import', draft, segretario)).body.planId;
    const plan = (await call('GET', `/api/plans/${planId}`)).body;
    istruzione = plan.centri.flatMap((c: any) => c.objectives).find((o: any) => o.title === 'Istruzione').objectiveId;
    const pds = `${planId}/objective/${istruzione}`;
    expect((await call('GET', `/api/deadlines?planId=${planId}`)).body.map((d: any) => d.rule)).toEqual(['piao']);

    for (const centro of plan.centri.filter((c: any) => c.objectives.length > 0)) {
      expect((await call('POST', `/api/plans/${planId}/centri/${centro.centroId}/submit`, undefined, togni)).status).toBe(200);
    }
    expect((await call('POST', `/api/plans/${planId}/propose`, undefined, segretario)).status).toBe(200);
    const approved = await call('POST', `/api/plans/${planId}/approve`, { delibera: { organo: 'giunta', numero: 28, data: '2024-04-09' } }, giunta);
    expect(approved.status).toBe(200);

    const [deadline] = (await call('GET', `/api/deadlines?planId=${planId}&owner=roberto.togni&from=2024-10-01&to=2024-10-31`)).body;
    expect(deadline).toMatchObject({ deadlineId: pds, title: 'Obiettivo «Istruzione»', dueDate: '2024-10-31', status: 'open' });

    const jobs = await eventually(() => jobsOf(pds), (found) => found.length === 5);
    expect(jobs.map((job) => [job.id, job.data.fireAt])).toEqual([
      [`reminder/${pds}/before-30d/20241001T0700Z`, '2024-10-01T07:00:00.000Z'],
      [`reminder/${pds}/before-7d/20241024T0700Z`, '2024-10-24T07:00:00.000Z'],
      [`reminder/${pds}/before-1d/20241030T0800Z`, '2024-10-30T08:00:00.000Z'],
      [`reminder/${pds}/on-day/20241031T0800Z`, '2024-10-31T08:00:00.000Z'],
      [`reminder/${pds}/escalation-1/20241101T0800Z`, '2024-11-01T08:00:00.000Z'],
    ]);
    for (const job of jobs) {
      expect(await job.getState()).toBe('delayed');
      // BullMQ will run it when the calendar reaches its instant
      expect(Math.abs(job.timestamp + job.opts.delay! - clock.realTimeOf(job.data.fireAt))).toBeLessThan(100);
    }
  }, 30_000);

  it('moving the deadline moves its jobs', async () => {
    const pds = `${planId}/objective/${istruzione}`;
    const moved = await call('POST', `/api/plans/${planId}/objectives/${istruzione}/deadline`, { deadline: '2024-11-15', reason: 'Consiglio Comunale convocato a novembre' }, togni);
    expect(moved.status).toBe(200);
    const jobs = await eventually(() => jobsOf(pds), (found) => found.length === 5 && found[0].data.dueDate === '2024-11-15');
    expect(jobs.map((job) => [job.data.kind, job.data.fireAt])).toEqual([
      ['before-30d', '2024-10-16T07:00:00.000Z'],
      ['before-7d', '2024-11-08T08:00:00.000Z'],
      ['before-1d', '2024-11-14T08:00:00.000Z'],
      ['on-day', '2024-11-15T08:00:00.000Z'],
      ['escalation-1', '2024-11-16T08:00:00.000Z'],
    ]);
    expect(await queue.getJob(`reminder/${pds}/before-30d/20241001T0700Z`)).toBeUndefined();
  }, 30_000);

  it('an overdue deadline escalates to the Segretario, by e-mail and in the inbox', async () => {
    // monitoring was due on 31 July 2024 and nobody recorded it: the Segretario is told every 7 days
    const mails = await eventually(async () => smtp.received.filter((m) => m.to.includes('segretario@comune.levate.bg.it')), (found) => found.length > 0);
    expect(mails[0].subject).toBe('Scadenza non rispettata: Monitoraggio intermedio degli obiettivi 2024 — scaduta il 31/07/2024');
    expect(mails[0].text).toContain('Gentile Segretario Comunale di Levate,');
    expect(mails[0].text).toContain('la scadenza seguente non è stata rispettata: era fissata al 31/07/2024');
    expect(mails[0].text).toContain('Responsabile: Roberto Togni');
    const inbox = await eventually(async () => (await call('GET', '/api/notifications?recipient=segretario.levate')).body, (found: any[]) => found.length > 0);
    expect(inbox[0]).toMatchObject({ outcome: 'sent', channel: 'inbox', deadlineId: `${planId}/monitoraggio`, kind: expect.stringMatching(/^escalation-\d+$/) });
  }, 30_000);

  it('e-mails the PDS reminder in Italian to Roberto Togni, with the plan, the objective, the due date and a link', async () => {
    const [mail] = await eventually(async () => smtp.received.filter((m) => m.to.includes('roberto.togni@comune.levate.bg.it')), (found) => found.length > 0, 20_000);
    expect(mail.subject).toBe('Promemoria: Obiettivo «Istruzione» — scadenza 15/11/2024 (tra 30 giorni)');
    expect(mail.headers.from).toBe('Ciclo <ciclo@comune.levate.bg.it>');
    expect(mail.headers.to).toBe('Roberto Togni <roberto.togni@comune.levate.bg.it>');
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@ciclo\.reminders>$/);
    expect(mail.text).toContain('Gentile Roberto Togni,');
    expect(mail.text).toContain('Ente: Comune di Levate');
    expect(mail.text).toContain('Piano: Piano della Performance 2024');
    expect(mail.text).toContain('Scadenza: Obiettivo «Istruzione»');
    expect(mail.text).toContain('Da rispettare entro: venerdì 15 novembre 2024 (15/11/2024)');
    expect(mail.text).toContain('Scadenza spostata: dal 31/10/2024 al 15/11/2024 (Consiglio Comunale convocato a novembre)');
    expect(mail.text).toContain(`Dettagli del piano: ${PUBLIC_URL}/api/plans/${planId}`);

    // each delivery appended ReminderSent: the inbox and the audit of e-mails are projections of them
    const inbox = await eventually(async () => (await call('GET', '/api/notifications?recipient=roberto.togni')).body, (found: any[]) => found.length > 0);
    expect(inbox).toEqual([expect.objectContaining({ kind: 'before-30d', channel: 'inbox', subject: mail.subject, dueDate: '2024-11-15' })]);
    const delivered = await eventually(async () => (await call('GET', '/api/notifications?recipient=roberto.togni&channel=email')).body, (found: any[]) => found.length > 0);
    expect(delivered).toEqual([expect.objectContaining({ kind: 'before-30d', messageId: mail.messageId })]);
  }, 30_000);

  it('recording the Consiglio delibera that approves the PDS marks the deadline met and removes the rest of its jobs', async () => {
    const pds = `${planId}/objective/${istruzione}`;
    const met = await call('POST', `/api/plans/${planId}/objectives/${istruzione}/milestone`, { act: { organo: 'consiglio', numero: 41, data: '2024-10-16' } }, segretario);
    expect(met.status).toBe(200);
    await eventually(() => jobsOf(pds), (found) => found.length === 0);
    const [deadline] = (await call('GET', `/api/deadlines?planId=${planId}&status=met&from=2024-11-01`)).body;
    expect(deadline).toMatchObject({ deadlineId: pds, met: { type: 'ObjectiveMilestoneMet', date: '2024-10-16', late: false } });
    // the reminders after the milestone are never sent
    await new Promise((resolve) => setTimeout(resolve, 30 * DAY_MS));
    expect(smtp.received.filter((m) => m.to.includes('roberto.togni@comune.levate.bg.it'))).toHaveLength(1);
  }, 30_000);
});
