import { ValidateBy } from 'class-validator';
import { isCalendarDate } from './calendar-date';

export type AsOf = { position: number } | { date: string };

const POSITION = /^\d{1,15}$/;
const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2}))?$/i;

/**
 * `?asOf=` of GET /api/plans/:planId: digits are a global position; YYYY-MM-DD is a day (the
 * query reads it as up to the end of that day, UTC); an ISO timestamp is an instant, returned
 * in UTC (`...Z`) so that it compares with recordedAt, and read as UTC when it has no zone.
 * Anything else is undefined.
 */
export function parseAsOf(text: string): AsOf | undefined {
  if (POSITION.test(text)) return { position: Number(text) };
  if (isCalendarDate(text)) return { date: text };
  const match = TIMESTAMP.exec(text);
  if (!match) return undefined;
  const [, day, hours, minutes, seconds = '00', fraction = '', zone = 'Z', zoneHours = '00', zoneMinutes = '00'] = match;
  if (!isCalendarDate(day) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  if (Number(zoneHours) > 23 || Number(zoneMinutes) > 59) return undefined;
  const milliseconds = fraction.padEnd(3, '0').slice(0, 3);
  const instant = Date.parse(`${day}T${hours}:${minutes}:${seconds}.${milliseconds}${zone.toUpperCase()}`);
  return Number.isNaN(instant) ? undefined : { date: new Date(instant).toISOString() };
}

export function IsAsOf(): PropertyDecorator {
  return ValidateBy({
    name: 'isAsOf',
    validator: {
      validate: (value) => typeof value === 'string' && parseAsOf(value) !== undefined,
      defaultMessage: () => '$property must be a global position (digits), a date YYYY-MM-DD or an ISO timestamp',
    },
  });
}
