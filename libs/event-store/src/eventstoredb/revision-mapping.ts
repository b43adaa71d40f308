import type { AppendExpectedRevision, CurrentRevision } from '@eventstore/db-client';
import { ExpectedRevision } from '../port';

/**
 * Our expected revision as the client's. Both count a stream's events from 0, so a number maps to
 * the same bigint; 'no_stream' and 'any' are the client's NO_STREAM and ANY. (The successor,
 * `@kurrent/kurrentdb-client`, calls this option `streamState`.)
 */
export function toClientExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'any') return 'any';
  if (expected === 'no_stream') return 'no_stream';
  return BigInt(expected);
}

/** A stream revision the client reports (0-based bigint) as the port's number. */
export function toRevision(revision: bigint, what: string): number {
  if (revision < 0n || revision > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`${what}: revision ${revision} is not a stream revision`);
  }
  return Number(revision);
}

/** The actual revision in a conflict: the last event's revision, or 'no_stream'. */
export function toActualRevision(current: CurrentRevision, streamName: string): number | 'no_stream' {
  return current === 'no_stream' ? 'no_stream' : toRevision(current, `Stream ${streamName}`);
}
