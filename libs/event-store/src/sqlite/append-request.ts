import { assertStreamName, AppendResult, EventToAppend, ExpectedRevision } from '../port';

export interface AppendRequest {
  streamName: string;
  events: EventToAppend[];
  expected: ExpectedRevision;
}

/** Checks what can be checked without the database, so that a bad request never joins a batch. */
export function validateAppendRequest(request: AppendRequest): void {
  assertStreamName(request.streamName);
  if (!Array.isArray(request.events) || request.events.length === 0) {
    throw new RangeError(`Append to ${request.streamName}: at least one event is required`);
  }
  const { expected } = request;
  if (typeof expected === 'number' && !(Number.isSafeInteger(expected) && expected >= 0)) {
    throw new RangeError(`Append to ${request.streamName}: expected revision ${expected} is not a revision (0, 1, ...)`);
  }
  if (typeof expected !== 'number' && expected !== 'any' && expected !== 'no_stream') {
    throw new RangeError(`Append to ${request.streamName}: unknown expected revision ${String(expected)}`);
  }
}

export type AppendOutcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };
