import { approvedPlanEvents, OBJECTIVES, PLAN_ID } from '../testing/plan-fixtures';
import { pendingReminders, reminderJobId, reminderPointsAfter } from './reminder-schedule';
import { foldCalendar, levateRules } from './testing/calendar-fixtures';

const { reminders: policy, timeZone } = levateRules();
const PDS = `${PLAN_ID}/objective/${OBJECTIVES.istruzione}`;

describe('reminders of a deadline', () => {
  it('go out at 09:00 in Rome 30, 7 and 1 days before, on the day, then escalate the day after', () => {
    // summer time until 27 October 2024 (UTC+2), then winter time (UTC+1)
    expect(reminderPointsAfter('2024-10-31', policy, timeZone, '2024-04-09T10:00:00.000Z')).toEqual([
      { kind: 'before-30d', audience: 'owners', fireAt: '2024-10-01T07:00:00.000Z' },
      { kind: 'before-7d', audience: 'owners', fireAt: '2024-10-24T07:00:00.000Z' },
      { kind: 'before-1d', audience: 'owners', fireAt: '2024-10-30T08:00:00.000Z' },
      { kind: 'on-day', audience: 'owners', fireAt: '2024-10-31T08:00:00.000Z' },
      { kind: 'escalation-1', audience: 'escalation', fireAt: '2024-11-01T08:00:00.000Z' },
    ]);
  });

  it('leave out what is past, and keep only the next escalation every 7 days while overdue', () => {
    expect(reminderPointsAfter('2024-10-31', policy, timeZone, '2024-10-24T07:00:00.000Z').map((p) => p.kind)).toEqual([
      'before-1d',
      'on-day',
      'escalation-1',
    ]);
    expect(reminderPointsAfter('2024-10-31', policy, timeZone, '2024-11-10T12:00:00.000Z')).toEqual([
      { kind: 'escalation-3', audience: 'escalation', fireAt: '2024-11-15T08:00:00.000Z' },
    ]);
    expect(reminderPointsAfter('2024-10-31', policy, timeZone, '2024-11-15T08:00:00.000Z')[0]).toEqual({
      kind: 'escalation-4',
      audience: 'escalation',
      fireAt: '2024-11-22T08:00:00.000Z',
    });
  });

  it('follow the policy of the configuration', () => {
    const custom = { daysBefore: [2], onTheDay: false, sendAt: '17:30', escalation: { firstAfterDays: 3, everyDays: 2 } };
    expect(reminderPointsAfter('2024-02-29', custom, 'UTC', '2024-01-01T00:00:00.000Z')).toEqual([
      { kind: 'before-2d', audience: 'owners', fireAt: '2024-02-27T17:30:00.000Z' },
      { kind: 'escalation-1', audience: 'escalation', fireAt: '2024-03-03T17:30:00.000Z' },
    ]);
  });

  it('are pending only while the deadline is open', () => {
    const pds = foldCalendar(approvedPlanEvents())!.deadlines.get(PDS)!;
    expect(pendingReminders(pds, policy, timeZone, '2024-10-20T00:00:00.000Z')).toHaveLength(4);
    expect(pendingReminders({ ...pds, status: 'met' }, policy, timeZone, '2024-10-20T00:00:00.000Z')).toEqual([]);
    expect(pendingReminders({ ...pds, status: 'cancelled' }, policy, timeZone, '2024-10-20T00:00:00.000Z')).toEqual([]);
  });

  it('name their job after the deadline, the reminder and the instant, without the colons BullMQ refuses', () => {
    const id = reminderJobId(PDS, { kind: 'before-30d', fireAt: '2024-10-01T07:00:00.000Z' });
    expect(id).toBe(`reminder/${PDS}/before-30d/20241001T0700Z`);
    expect(id).not.toContain(':');
    expect(reminderJobId(PDS, { kind: 'on-day', fireAt: '2024-10-31T08:00:30.000Z' })).toBe(`reminder/${PDS}/on-day/20241031T080030Z`);
  });
});
