import { ExpectedRevision, WrongExpectedRevisionError } from '../port';
import { eventStoreDbClient } from './client';
import { toActualRevision } from './revision-mapping';

/**
 * The client's WrongExpectedVersionError as the port's WrongExpectedRevisionError (with the actual
 * revision, so a caller can retry at it); every other error passes through unchanged.
 */
export function toPortError(error: unknown, streamName: string, expected: ExpectedRevision): unknown {
  if (!(error instanceof eventStoreDbClient().WrongExpectedVersionError)) return error;
  return new WrongExpectedRevisionError(streamName, expected, toActualRevision(error.actualVersion, streamName));
}

/** gRPC status codes of a lost or refused connection: UNAVAILABLE, DEADLINE_EXCEEDED, CANCELLED. */
const TRANSIENT_STATUS_CODES = new Set([14, 4, 1]);
const TRANSIENT_ERROR_TYPES = new Set(['unavailable', 'deadline-exceeded', 'timeout', 'cancelled', 'not-leader']);

/**
 * Whether a subscription that failed with `error` should connect again from its checkpoint: the
 * server went away, restarted, timed out or moved leadership. Anything else (access denied, a
 * malformed event, a bug) would fail the same way again, so it stops the subscription instead.
 */
export function isTransientConnectionError(error: unknown): boolean {
  const { type, code } = (error ?? {}) as { type?: unknown; code?: unknown };
  return (
    (typeof type === 'string' && TRANSIENT_ERROR_TYPES.has(type)) ||
    (typeof code === 'number' && TRANSIENT_STATUS_CODES.has(code))
  );
}
