import { asOfCutoff, InvalidAsOfError } from './as-of-cutoff';

describe('asOfCutoff', () => {
  it('keeps positions up to and including the one given', () => {
    const happened = asOfCutoff({ position: 10 });
    expect(happened(10, '2030-01-01T00:00:00.000Z')).toBe(true);
    expect(happened(11, '2000-01-01T00:00:00.000Z')).toBe(false);
  });

  it('reads a date as the whole of that day in UTC', () => {
    const happened = asOfCutoff({ date: '2024-04-09' });
    expect(happened(1, '2024-04-09T23:59:59.999Z')).toBe(true);
    expect(happened(1, '2024-04-10T00:00:00.000Z')).toBe(false);
    expect(happened(1, '2024-04-10T01:00:00+02:00')).toBe(true);
  });

  it('reads a timestamp as that instant, whatever its offset', () => {
    const happened = asOfCutoff({ date: '2024-04-09T18:00:00+02:00' });
    expect(happened(1, '2024-04-09T16:00:00.000Z')).toBe(true);
    expect(happened(1, '2024-04-09T16:00:00.001Z')).toBe(false);
  });

  it('reads a timestamp without an offset as UTC', () => {
    const happened = asOfCutoff({ date: '2024-04-09T16:00' });
    expect(happened(1, '2024-04-09T16:00:00.000Z')).toBe(true);
    expect(happened(1, '2024-04-09T16:00:00.001Z')).toBe(false);
  });

  it('rejects what is not an ISO date', () => {
    expect(() => asOfCutoff({ date: 'yesterday' })).toThrow(InvalidAsOfError);
    expect(() => asOfCutoff({ date: '09/04/2024' })).toThrow(InvalidAsOfError);
    expect(() => asOfCutoff({ date: '2024-13-45' })).toThrow(InvalidAsOfError);
  });
});
