/**
 * Day arithmetic on YYYY-MM-DD strings, and the link between a day in the comune's time zone and
 * an instant. Pure: Intl gives the zone's offset, the clock is always handed in.
 */
const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function dateOfDayNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date of month/day in a year; 31 in a 30-day month is the month's last day. */
export function dateInYear(year: number, month: number, day: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

function wallClock(instantMs: number, timeZone: string): { date: string; asUtcMs: number } {
  const parts = Object.fromEntries(formatIn(timeZone).formatToParts(new Date(instantMs)).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const asUtcMs = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return { date, asUtcMs };
}

export function isTimeZone(timeZone: unknown): boolean {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    formatIn(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The day an instant falls on in the time zone, e.g. 2024-10-31T23:30:00Z is 2024-11-01 in Rome. */
export function localDateOf(instant: string | Date, timeZone: string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return wallClock(ms, timeZone).date;
}

const instants = new Map<string, string>();
const MAX_CACHED_INSTANTS = 50_000;

/** The instant of `time` (HH:MM) on `date` in the time zone, as an ISO timestamp in UTC. */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  // reminders of many deadlines fall on the same days: Intl is slow, the answer never changes
  const key = `${date}|${time}|${timeZone}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    if (instants.size >= MAX_CACHED_INSTANTS) instants.clear();
    instant = computeZonedInstant(date, time, timeZone);
    instants.set(key, instant);
  }
  return instant;
}

function computeZonedInstant(date: string, time: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (ms: number) => wallClock(ms, timeZone).asUtcMs - Math.floor(ms / 1000) * 1000;
  let instant = wanted - offsetAt(wanted);
  // across a change of offset (DST) the first guess is an hour off: correct it once
  const corrected = wanted - offsetAt(instant);
  if (corrected !== instant) instant = corrected;
  return new Date(instant).toISOString();
}

/** 31/10/2024: how Italian acts and letters write a date. */
export function italianDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
