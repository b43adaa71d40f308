import { ReminderClock, reminderClockFromConfig } from './reminder-clock';

describe('the reminder clock', () => {
  it('runs the calendar from a chosen instant, speed times faster than real time', () => {
    const realStart = Date.now();
    const clock = new ReminderClock(Date.parse('2024-09-01T07:00:00.000Z'), realStart, 86_400);
    // a calendar day is a real second
    expect(clock.realTimeOf('2024-09-02T07:00:00.000Z')).toBe(realStart + 1_000);
    expect(clock.realTimeOf('2024-10-01T07:00:00.000Z')).toBe(realStart + 30_000);
    const now = clock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(Date.parse('2024-09-01T07:00:00.000Z'));
    expect(now).toBeLessThan(Date.parse('2024-09-01T07:00:00.000Z') + 86_400 * 1_000);
  });

  it('gives the real delay until a calendar instant, and none for one that is past', () => {
    const clock = new ReminderClock(Date.parse('2024-09-01T07:00:00.000Z'), Date.now(), 86_400);
    const delay = clock.realDelayUntil('2024-09-11T07:00:00.000Z');
    expect(delay).toBeGreaterThan(9_900);
    expect(delay).toBeLessThanOrEqual(10_000);
    expect(clock.realDelayUntil('2024-08-01T07:00:00.000Z')).toBe(0);
  });

  it('is the system clock unless the tests set a start', () => {
    const clock = reminderClockFromConfig(undefined, undefined, 1);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(50);
    expect(clock.realDelayUntil(new Date(Date.now() + 60_000))).toBeGreaterThan(59_000);
    expect(() => new ReminderClock(0, 0, 0.5)).toThrow(RangeError);
  });
});
