import { isAfter, toGlobalPosition, toReadPosition, UnsupportedPositionError, usablePosition } from './global-position';

const at = (commit: bigint, prepare = commit) => ({ commit, prepare });

describe('global position: EventStoreDB {commit, prepare} <-> the port number', () => {
  it('an event appended through gRPC (commit === prepare) is named by that log offset', () => {
    expect(toGlobalPosition(at(1_234_567n), 'event')).toBe(1_234_567);
    expect(toGlobalPosition(at(BigInt(Number.MAX_SAFE_INTEGER)), 'event')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses what one safe number cannot name: explicit transactions, no position, out of range', () => {
    expect(() => toGlobalPosition(at(900n, 1_000n), 'event x')).toThrow(UnsupportedPositionError);
    expect(() => toGlobalPosition(at(900n, 1_000n), 'event x')).toThrow(/event x .*explicit transaction/);
    expect(() => toGlobalPosition(undefined, 'event y')).toThrow(/event y has no position/);
    expect(() => toGlobalPosition(at(BigInt(Number.MAX_SAFE_INTEGER) + 1n), 'event')).toThrow(/outside 1\.\./);
    expect(() => toGlobalPosition(at(0n), 'event')).toThrow(UnsupportedPositionError);
  });

  it('an append result without a usable position (older servers on a retried append) is not taken as one', () => {
    expect(usablePosition(at(42n))).toBe(42);
    expect(usablePosition(undefined)).toBeUndefined();
    expect(usablePosition(at(2n ** 64n - 1n))).toBeUndefined(); // -1 sent as an unsigned 64-bit number
    expect(usablePosition(at(-1n))).toBeUndefined();
    expect(usablePosition(at(10n, 12n))).toBeUndefined();
  });

  it('reads after 0 from the start, after p from {commit: p, prepare: p}, and refuses what is not a position', () => {
    expect(toReadPosition(0)).toBe('start');
    expect(toReadPosition(5_000)).toEqual(at(5_000n));
    expect(toGlobalPosition(toReadPosition(5_000) as ReturnType<typeof at>, 'round trip')).toBe(5_000);
    for (const wrong of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2]) {
      expect(() => toReadPosition(wrong)).toThrow(RangeError);
    }
  });

  it('orders positions as $all does: by commit, then prepare', () => {
    expect(isAfter(at(20n), at(10n))).toBe(true);
    expect(isAfter(at(10n), at(10n))).toBe(false);
    expect(isAfter(at(10n, 30n), at(10n, 20n))).toBe(true);
    expect(isAfter(at(11n, 0n), at(10n, 99n))).toBe(true);
    expect(isAfter(at(9n, 99n), at(10n, 0n))).toBe(false);
  });
});
