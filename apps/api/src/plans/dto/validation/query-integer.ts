import { Transform } from 'class-transformer';

const DIGITS = /^\d+$/;

/**
 * Query strings arrive as text. Only plain digits become numbers; anything else ('', '1e3',
 * ' 7', '12abc') stays text, so @IsInt names the field instead of a coerced 0 slipping through.
 */
export function ToInteger(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' && DIGITS.test(value) ? Number(value) : value));
}
