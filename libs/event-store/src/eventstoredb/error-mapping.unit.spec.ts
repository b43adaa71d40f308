import {
  AccessDeniedError,
  DeadlineExceededError,
  NO_STREAM,
  StreamDeletedError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { WrongExpectedRevisionError } from '../port';
import { isTransientConnectionError, toPortError } from './error-mapping';

const conflict = (current: bigint | typeof NO_STREAM) =>
  new WrongExpectedVersionError(undefined, { streamName: 'plan-a', expected: 2n, current });

describe('error mapping', () => {
  it("the client's WrongExpectedVersionError becomes the port's, with our expected and the actual revision", () => {
    const mapped = toPortError(conflict(5n), 'plan-a', 2);
    expect(mapped).toBeInstanceOf(WrongExpectedRevisionError);
    expect(mapped).toMatchObject({ streamName: 'plan-a', expected: 2, actual: 5 });

    expect(toPortError(conflict(NO_STREAM), 'plan-a', 0)).toMatchObject({ expected: 0, actual: 'no_stream' });
    expect(toPortError(conflict(0n), 'plan-a', 'no_stream')).toMatchObject({ expected: 'no_stream', actual: 0 });
  });

  it('every other error passes through unchanged', () => {
    const others = [new AccessDeniedError(), StreamDeletedError.fromStreamName('plan-a'), new Error('boom'), 'text'];
    for (const error of others) expect(toPortError(error, 'plan-a', 'any')).toBe(error);
  });

  it('a lost, refused or moved connection is worth reconnecting for; a refusal or a bug is not', () => {
    const refused = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 });
    expect(isTransientConnectionError(new UnavailableError())).toBe(true);
    expect(isTransientConnectionError(new DeadlineExceededError())).toBe(true);
    expect(isTransientConnectionError(refused)).toBe(true);

    expect(isTransientConnectionError(new AccessDeniedError())).toBe(false);
    expect(isTransientConnectionError(conflict(1n))).toBe(false);
    expect(isTransientConnectionError(new TypeError('undefined is not a function'))).toBe(false);
    expect(isTransientConnectionError(undefined)).toBe(false);
  });
});
