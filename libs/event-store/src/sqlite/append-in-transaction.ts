import { AppendResult, WrongExpectedRevisionError } from '../port';
import { AppendRequest } from './append-request';
import { DuplicateEventIdError, isUniqueEventIdViolation } from './errors';
import { Statements } from './statements';

/**
 * Writes one append inside the caller's open transaction (and savepoint). Throws on a conflict;
 * the caller rolls the savepoint back so nothing of this append remains.
 */
export function appendInTransaction(statements: Statements, request: AppendRequest): AppendResult {
  const { streamName, events, expected } = request;

  const stored = statements.eventById.get(events[0].id);
  if (stored) return originalResultOfRetry(statements, request, stored);

  const head = statements.streamHead.get(streamName)?.revision;
  const actual = head === undefined ? 'no_stream' : head;
  const matches = expected === 'any' || expected === actual;
  if (!matches) throw new WrongExpectedRevisionError(streamName, expected, actual);

  let revision = head ?? -1;
  let position = 0;
  for (const event of events) {
    revision += 1;
    try {
      const info = statements.insertEvent.run({
        eventId: event.id,
        streamName,
        revision,
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: JSON.stringify(event.data),
        metadata: JSON.stringify(event.metadata),
      });
      position = Number(info.lastInsertRowid);
    } catch (error) {
      if (isUniqueEventIdViolation(error)) throw new DuplicateEventIdError(event.id, streamName);
      throw error;
    }
  }
  return { nextExpectedRevision: revision, position };
}

/**
 * Like EventStoreDB: an append whose events are already stored, in the same stream and order, is a
 * retry of an acknowledged append and gets that append's result back instead of a conflict.
 */
function originalResultOfRetry(
  statements: Statements,
  { streamName, events, expected }: AppendRequest,
  firstStored: { stream_name: string; revision: number },
): AppendResult {
  if (firstStored.stream_name !== streamName) throw new DuplicateEventIdError(events[0].id, streamName);
  const slice = statements.streamSlice.all(streamName, firstStored.revision, events.length);
  const sameEvents = slice.length === events.length && slice.every((row, i) => row.event_id === events[i].id);
  if (!sameEvents) {
    const head = statements.streamHead.get(streamName)?.revision ?? 'no_stream';
    throw new WrongExpectedRevisionError(streamName, expected, head);
  }
  const last = slice[slice.length - 1];
  return { nextExpectedRevision: last.revision, position: last.position };
}
