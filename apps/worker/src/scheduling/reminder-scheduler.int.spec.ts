import { approvedPlanEvents, DELIBERA_PDS, OBJECTIVES, PLAN_ID, SERVIZIO } from '@ciclo/domain/testing/plan-fixtures';
import type { PlanEvent } from '@ciclo/domain';
import { startRedisServer, type RedisServer } from '../../../../test/support/redis-server';
import { ReminderClock } from '../infrastructure/reminder-clock';
import { openReminderRig, type ReminderRig } from '../testing/reminder-rig';

const PDS = `${PLAN_ID}/objective/${OBJECTIVES.istruzione}`;
const NOW = '2024-09-20T07:00:00.000Z';
const moved: PlanEvent = {
  type: 'ObjectiveDeadlineMoved',
  data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, objectiveId: OBJECTIVES.istruzione, deadline: '2024-11-15', previousDeadline: '2024-10-31', reason: 'Consiglio a novembre' },
};
const met: PlanEvent = {
  type: 'ObjectiveMilestoneMet',
  data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, objectiveId: OBJECTIVES.istruzione, act: DELIBERA_PDS },
};

/** The delayed jobs of a deadline: id, kind, and the calendar instant they fire at. */
async function jobsOf(rig: ReminderRig, deadlineId: string) {
  const jobs = await rig.queue.getJobs(['delayed', 'wait']);
  return jobs
    .filter((job) => job.data.deadlineId === deadlineId)
    .sort((a, b) => a.data.fireAt.localeCompare(b.data.fireAt))
    .map((job) => ({ id: job.id, kind: job.data.kind, fireAt: job.data.fireAt, firesInMs: job.timestamp + job.opts.delay! }));
}

describe('the reminder scheduler, on a real Redis', () => {
  let redis: RedisServer;
  let rig: ReminderRig;
  // the calendar stands still at 20 September 2024, 09:00 in Levate (speed 1: nothing fires during the test)
  const clock = new ReminderClock(Date.parse(NOW), Date.now(), 1);

  beforeAll(async () => (redis = await startRedisServer()));
  afterAll(() => redis?.stop());
  beforeEach(async () => (rig = await openReminderRig(redis.url, clock)));
  afterEach(() => rig.dispose());

  it('schedules the PDS reminders of the approved Levate plan at 30, 7 and 1 days before, on the day, then the escalation', async () => {
    await rig.append(PLAN_ID, approvedPlanEvents());
    await rig.scheduler.syncChanges();
    const jobs = await jobsOf(rig, PDS);
    expect(jobs.map(({ id, kind, fireAt }) => ({ id, kind, fireAt }))).toEqual([
      { id: `reminder/${PDS}/before-30d/20241001T0700Z`, kind: 'before-30d', fireAt: '2024-10-01T07:00:00.000Z' },
      { id: `reminder/${PDS}/before-7d/20241024T0700Z`, kind: 'before-7d', fireAt: '2024-10-24T07:00:00.000Z' },
      { id: `reminder/${PDS}/before-1d/20241030T0800Z`, kind: 'before-1d', fireAt: '2024-10-30T08:00:00.000Z' },
      { id: `reminder/${PDS}/on-day/20241031T0800Z`, kind: 'on-day', fireAt: '2024-10-31T08:00:00.000Z' },
      { id: `reminder/${PDS}/escalation-1/20241101T0800Z`, kind: 'escalation-1', fireAt: '2024-11-01T08:00:00.000Z' },
    ]);
    for (const job of jobs) expect(Math.abs(job.firesInMs - clock.realTimeOf(job.fireAt))).toBeLessThan(1_000);
  });

  it('never duplicates a job when the same changes are synced again, or after a restart', async () => {
    await rig.append(PLAN_ID, approvedPlanEvents());
    await rig.scheduler.syncChanges();
    const before = (await rig.queue.getJobCounts('delayed')).delayed;
    await rig.scheduler.reconcile();
    await rig.scheduler.syncDeadline(PDS);
    expect((await rig.queue.getJobCounts('delayed')).delayed).toBe(before);
  });

  it('moves the jobs when the deadline moves, and removes the rest when its milestone is met', async () => {
    await rig.append(PLAN_ID, approvedPlanEvents());
    await rig.scheduler.syncChanges();
    await rig.append(PLAN_ID, [moved]);
    await rig.scheduler.syncChanges();
    expect((await jobsOf(rig, PDS)).map((job) => job.fireAt)).toEqual([
      '2024-10-16T07:00:00.000Z',
      '2024-11-08T08:00:00.000Z',
      '2024-11-14T08:00:00.000Z',
      '2024-11-15T08:00:00.000Z',
      '2024-11-16T08:00:00.000Z',
    ]);
    await rig.append(PLAN_ID, [met]);
    await rig.scheduler.syncChanges();
    expect(await jobsOf(rig, PDS)).toEqual([]);
    expect((await jobsOf(rig, `${PLAN_ID}/consuntivo`)).length).toBe(5);
  });

  it('schedules only the next escalation of a deadline already overdue', async () => {
    await rig.append(PLAN_ID, approvedPlanEvents());
    await rig.scheduler.syncChanges();
    // monitoring was due on 31 July: escalations on 1 August and every 7 days; the next after 20 September is the 26th
    expect((await jobsOf(rig, `${PLAN_ID}/monitoraggio`)).map(({ kind, fireAt }) => [kind, fireAt])).toEqual([
      ['escalation-9', '2024-09-26T07:00:00.000Z'],
    ]);
  });

  it('still sends, late, a reminder that fell due in the last hours, but not one long past', async () => {
    // the calendar at 1 October 2024, 14:00 in Levate: the plan is approved only now
    const afternoon = new ReminderClock(Date.parse('2024-10-01T12:00:00.000Z'), Date.now(), 1);
    const late = await openReminderRig(redis.url, afternoon);
    try {
      await late.append(PLAN_ID, approvedPlanEvents());
      await late.scheduler.syncChanges();
      const pds = await jobsOf(late, PDS);
      expect(pds.map((job) => job.kind)).toEqual(['before-30d', 'before-7d', 'before-1d', 'on-day', 'escalation-1']);
      expect(pds[0].firesInMs).toBeLessThanOrEqual(Date.now());
      // the monitoring escalation of 26 September is long past: the next one, 3 October, waits
      expect((await jobsOf(late, `${PLAN_ID}/monitoraggio`)).map((job) => job.fireAt)).toEqual(['2024-10-03T07:00:00.000Z']);
      expect(await late.scheduler.reconcile()).toMatchObject({ added: 0, removed: 0 });
    } finally {
      await late.dispose();
    }
  });

  it('restores every pending reminder after FLUSHALL, and removes jobs no deadline wants', async () => {
    await rig.append(PLAN_ID, approvedPlanEvents());
    await rig.scheduler.syncChanges();
    const scheduled = (await rig.queue.getJobs(['delayed'])).map((job) => job.id).sort();
    await redis.client.flushall();
    await rig.queue.add('reminder', { deadlineId: 'gone' }, { jobId: 'reminder/gone/on-day/20241001T0700Z', delay: 60_000 });
    const result = await rig.scheduler.reconcile();
    expect(result).toMatchObject({ deadlines: 5, expected: scheduled.length, added: scheduled.length, removed: 1 });
    expect((await rig.queue.getJobs(['delayed'])).map((job) => job.id).sort()).toEqual(scheduled);
    expect(await rig.scheduler.reconcile()).toMatchObject({ added: 0, removed: 0 });
  });
});
