import Database from 'better-sqlite3';
import { WrongExpectedRevisionError } from '../port';
import { DuplicateEventIdError, EventStoreBusyError } from './errors';
import { WireError } from './writer-protocol';

/** Worker side: the error as plain data that survives a structured clone. */
export function toWireError(error: unknown): WireError {
  if (error instanceof WrongExpectedRevisionError) {
    return { kind: 'wrong_expected_revision', streamName: error.streamName, expected: error.expected, actual: error.actual };
  }
  if (error instanceof DuplicateEventIdError) {
    return { kind: 'duplicate_event_id', eventId: error.eventId, streamName: error.streamName };
  }
  if (error instanceof EventStoreBusyError) {
    return { kind: 'busy', busyTimeoutMs: error.busyTimeoutMs, cause: toWireError(error.cause) };
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { kind: 'error', name: error.name, message: error.message, code: typeof code === 'string' ? code : undefined, stack: error.stack };
  }
  return { kind: 'error', name: 'Error', message: String(error) };
}

const STANDARD_ERRORS: Record<string, new (message: string) => Error> = {
  Error,
  TypeError,
  RangeError,
  SyntaxError,
  ReferenceError,
};

/** Main-thread side: the port's (and the adapter's) error classes again, so callers' instanceof checks hold. */
export function fromWireError(wire: WireError): Error {
  switch (wire.kind) {
    case 'wrong_expected_revision':
      return new WrongExpectedRevisionError(wire.streamName, wire.expected, wire.actual);
    case 'duplicate_event_id':
      return new DuplicateEventIdError(wire.eventId, wire.streamName);
    case 'busy':
      return new EventStoreBusyError(wire.busyTimeoutMs, fromWireError(wire.cause));
    case 'error': {
      const error =
        wire.name === 'SqliteError' && wire.code
          ? new Database.SqliteError(wire.message, wire.code)
          : new (STANDARD_ERRORS[wire.name] ?? Error)(wire.message);
      if (wire.code !== undefined) Object.assign(error, { code: wire.code });
      if (!(wire.name in STANDARD_ERRORS) && error.name !== wire.name) error.name = wire.name;
      // the writer thread's stack says where it failed; the caller's own stack would only say "a message arrived"
      if (wire.stack) error.stack = wire.stack;
      return error;
    }
  }
}
