import { GENESIS_HASH, hashEventContent } from '../integrity';
import { AppendResult, WrongExpectedRevisionError } from '../port';
import { EncodedAppend } from './append-request';
import { DuplicateEventIdError, isUniqueEventIdViolation } from './errors';
import { Statements } from './statements';

/**
 * Writes one append inside the caller's open transaction (and savepoint). Throws on a conflict;
 * the caller rolls the savepoint back so nothing of this append remains.
 *
 * A retried append is recognised only when it would otherwise fail (a revision conflict or an
 * event id already stored), which keeps the id lookup off the common path.
 *
 * Each event's hash is chained to the stream's last hash as this transaction sees it (earlier
 * appends of the same batch included), so a rolled-back savepoint takes its hashes with it. After
 * a head written before the chain existed (hash NULL), the chain starts again from the genesis.
 */
export function appendInTransaction(statements: Statements, request: EncodedAppend): AppendResult {
  const { streamName, events, expected } = request;
  const headRow = statements.streamHead.get(streamName);
  const head = headRow?.revision;
  const actual = head === undefined ? 'no_stream' : head;
  if (expected !== 'any' && expected !== actual) {
    const original = originalResultOfRetry(statements, request);
    if (original) return original;
    throw new WrongExpectedRevisionError(streamName, expected, actual);
  }

  let revision = head ?? -1;
  let previousHash = headRow?.hash ?? GENESIS_HASH;
  let position = 0;
  for (const event of events) {
    revision += 1;
    const hash = hashEventContent(previousHash, {
      streamName,
      revision,
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      dataJson: event.data,
      metadataJson: event.metadata,
    });
    previousHash = hash;
    try {
      const info = statements.insertEvent.run(
        event.id,
        streamName,
        revision,
        event.type,
        event.schemaVersion,
        event.data,
        event.metadata,
        hash,
      );
      position = info.lastInsertRowid as number;
    } catch (error) {
      if (!isUniqueEventIdViolation(error)) throw error;
      // the caller's savepoint rollback undoes the events inserted before this one
      const original = revision === (head ?? -1) + 1 ? originalResultOfRetry(statements, request) : undefined;
      if (original) return original;
      throw new DuplicateEventIdError(event.id, streamName);
    }
  }
  return { nextExpectedRevision: revision, position };
}

/**
 * Like EventStoreDB: an append whose events are all stored already, in this stream and in this
 * order, is a retry of an acknowledged append and gets that append's result back.
 */
function originalResultOfRetry(statements: Statements, { streamName, events }: EncodedAppend): AppendResult | undefined {
  const first = statements.eventById.get(events[0].id);
  if (!first || first.stream_name !== streamName) return undefined;
  const slice = statements.streamSlice.all(streamName, first.revision, events.length);
  const sameEvents = slice.length === events.length && slice.every((row, i) => row.event_id === events[i].id);
  if (!sameEvents) return undefined;
  const last = slice[slice.length - 1];
  return { nextExpectedRevision: last.revision, position: last.position };
}
