import { applyDecorators } from '@nestjs/common';
import { IsString, Matches, ValidateBy, ValidationOptions } from 'class-validator';

export const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD: 2024-02-29 is one, 2024-02-30 and 2023-02-29 are not. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  // Date.UTC maps years 0-99 to 1900-1999, so such years fail the round trip too: fine for acts of a comune.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** String, in the form YYYY-MM-DD, and a day that exists: three messages, so the client knows which failed. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    IsString(options),
    Matches(ISO_DATE_PATTERN, { ...options, message: '$property must be a date in the form YYYY-MM-DD' }),
    ValidateBy(
      {
        name: 'isCalendarDate',
        validator: {
          validate: (value) => typeof value !== 'string' || !ISO_DATE_PATTERN.test(value) || isCalendarDate(value),
          defaultMessage: () => '$property must be a real calendar date',
        },
      },
      options,
    ),
  );
}
