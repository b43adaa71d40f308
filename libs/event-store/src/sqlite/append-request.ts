import { assertStreamName, AppendResult, EventToAppend, ExpectedRevision } from '../port';

export interface AppendRequest {
  streamName: string;
  events: EventToAppend[];
  expected: ExpectedRevision;
}

/** An event with data and metadata already turned into the JSON text the table stores. */
export interface EncodedEvent {
  id: string;
  type: string;
  schemaVersion: number;
  data: string;
  metadata: string;
}

/** What a writer needs to write one append: plain strings and numbers, cheap to post to a worker thread. */
export interface EncodedAppend {
  streamName: string;
  events: EncodedEvent[];
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

/**
 * Serialises on the caller's side: data that JSON cannot carry (a BigInt, a cycle) fails this
 * append alone, and the stored text is what JSON.stringify makes of the caller's objects (toJSON
 * included), which a structured clone to a worker thread would not preserve.
 */
export function encodeAppendRequest({ streamName, events, expected }: AppendRequest): EncodedAppend {
  return {
    streamName,
    expected,
    events: events.map((event) => ({
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: JSON.stringify(event.data),
      metadata: JSON.stringify(event.metadata),
    })),
  };
}

export type AppendOutcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };
