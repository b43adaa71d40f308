import { ANY, NO_STREAM } from '@eventstore/db-client';
import { toActualRevision, toClientExpectedRevision, toRevision } from './revision-mapping';

describe('revision mapping: the port (0-based numbers) <-> the client (0-based bigints)', () => {
  it.each([
    ['any', ANY],
    ['no_stream', NO_STREAM],
    [0, 0n],
    [7, 7n],
    [Number.MAX_SAFE_INTEGER, BigInt(Number.MAX_SAFE_INTEGER)],
  ] as const)('expected revision %j is the client expectedRevision %p', (ours, theirs) => {
    expect(toClientExpectedRevision(ours)).toBe(theirs);
  });

  it('a revision the client reports comes back as the same number, and a conflict says no_stream when there is none', () => {
    expect(toRevision(0n, 'x')).toBe(0);
    expect(toRevision(41n, 'x')).toBe(41);
    expect(toActualRevision(3n, 'plan-a')).toBe(3);
    expect(toActualRevision(NO_STREAM, 'plan-a')).toBe('no_stream');
  });

  it('refuses a revision that is not one', () => {
    expect(() => toRevision(-1n, 'Append to plan-a')).toThrow(/Append to plan-a: revision -1/);
    expect(() => toRevision(BigInt(Number.MAX_SAFE_INTEGER) + 1n, 'x')).toThrow(RangeError);
  });
});
