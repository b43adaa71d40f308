import { Clock } from '../../../api/src/infrastructure/clock';

/**
 * The worker's clock: calendar time, and the real delay until a calendar instant (what BullMQ
 * waits). In production both are the system clock. Tests start the calendar at a chosen instant
 * and let it run `speed` times faster, so days of reminders pass in seconds without faking timers
 * in Redis: a job due 30 calendar days ahead waits 30 days / speed for real.
 */
export class ReminderClock extends Clock {
  constructor(
    /** the calendar instant at `realStart` (ms since epoch) */
    private readonly calendarStart: number,
    private readonly realStart: number,
    readonly speed: number,
  ) {
    super();
    if (!(speed >= 1)) throw new RangeError(`the clock speed must be at least 1, got ${speed}`);
  }

  static system(): ReminderClock {
    return new ReminderClock(0, 0, 1);
  }

  now(): Date {
    return new Date(this.calendarStart + (Date.now() - this.realStart) * this.speed);
  }

  /** When, in real time (ms since epoch), the calendar reaches `instant`. */
  realTimeOf(instant: string | Date): number {
    return this.realStart + (toMs(instant) - this.calendarStart) / this.speed;
  }

  /** Real milliseconds from now until the calendar reaches `instant` (0 when it is past). */
  realDelayUntil(instant: string | Date): number {
    return Math.max(0, Math.round(this.realTimeOf(instant) - Date.now()));
  }
}

function toMs(instant: string | Date): number {
  return typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
}

/** From CICLO_CLOCK_START / CICLO_CLOCK_REAL_START / CICLO_CLOCK_SPEED (tests only), else the system clock. */
export function reminderClockFromConfig(start: string | undefined, realStart: number | undefined, speed: number): ReminderClock {
  if (start === undefined) return ReminderClock.system();
  return new ReminderClock(Date.parse(start), realStart || Date.now(), speed);
}
