import { parseAsOf } from './as-of';
import { isCalendarDate } from './calendar-date';

describe('isCalendarDate', () => {
  it.each(['2024-04-09', '2024-02-29', '2000-01-01', '2024-12-31'])('accepts the real day %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-4-9', '09/04/2024', '2024-04-09T00:00:00Z', ''])(
    'refuses %s',
    (date) => {
      expect(isCalendarDate(date)).toBe(false);
    },
  );

  it('refuses what is not a string', () => {
    expect(isCalendarDate(20240409)).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
  });
});

describe('parseAsOf', () => {
  it('reads digits as a global position', () => {
    expect(parseAsOf('42')).toEqual({ position: 42 });
    expect(parseAsOf('0')).toEqual({ position: 0 });
  });

  it('keeps a day as it is (the query reads it up to the end of that day)', () => {
    expect(parseAsOf('2024-04-09')).toEqual({ date: '2024-04-09' });
  });

  it('turns a timestamp into the UTC instant, so it compares with recordedAt', () => {
    expect(parseAsOf('2024-04-09T10:15:00+02:00')).toEqual({ date: '2024-04-09T08:15:00.000Z' });
    expect(parseAsOf('2024-04-09T10:15:30.5Z')).toEqual({ date: '2024-04-09T10:15:30.500Z' });
    expect(parseAsOf('2024-04-09T10:15:30.123456Z')).toEqual({ date: '2024-04-09T10:15:30.123Z' });
  });

  it('reads a timestamp without a zone as UTC', () => {
    expect(parseAsOf('2024-04-09T10:15')).toEqual({ date: '2024-04-09T10:15:00.000Z' });
  });

  it.each([
    'yesterday',
    '-1',
    '1.5',
    '1e3',
    '',
    ' 42',
    '2024-02-30',
    '2024-02-30T10:00:00Z',
    '2024-04-09T24:00:00Z',
    '2024-04-09T10:60Z',
    '2024-04-09T10:15:00+25:00',
    '2024-04-09 10:15',
    '9999999999999999',
  ])('refuses %p', (text) => {
    expect(parseAsOf(text)).toBeUndefined();
  });
});
