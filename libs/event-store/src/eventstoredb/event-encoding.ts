import type { EventData, JSONType, RecordedEvent } from '@eventstore/db-client';
import { EventMetadata, EventToAppend, StoredEvent } from '../port';
import { eventStoreDbClient } from './client';
import { toGlobalPosition } from './global-position';
import { toRevision } from './revision-mapping';

/**
 * How a port event is laid out in EventStoreDB: a JSON event with our id (a uuid derived from the
 * command id, so the server recognises a retried append), our type, our data as the JSON body, and
 * as JSON metadata our metadata plus
 * - `schemaVersion`, which has no field of its own in EventStoreDB, and
 * - `$correlationId` / `$causationId`, the keys EventStoreDB's own tools (the `$by_correlation_id`
 *   projection, the UI) understand, copied from ours.
 * Those three keys are reserved: an event whose metadata holds one is refused rather than altered.
 * `recordedAt` stays ours (the command's clock); the server's `created` is not used.
 */
export const RESERVED_METADATA_KEYS = ['schemaVersion', '$correlationId', '$causationId'] as const;

const LOWERCASE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function toEventData(event: EventToAppend): EventData {
  // EventStoreDB keeps ids as uuids and hands them back in lowercase: anything else would not round-trip
  if (!LOWERCASE_UUID.test(event.id)) throw new RangeError(`Event id ${JSON.stringify(event.id)} is not a lowercase uuid`);
  return eventStoreDbClient().jsonEvent({
    id: event.id,
    type: event.type,
    data: event.data as JSONType,
    metadata: encodeMetadata(event),
  });
}

export function encodeMetadata({ id, metadata, schemaVersion }: EventToAppend): Record<string, unknown> {
  const reserved = RESERVED_METADATA_KEYS.find((key) => Object.prototype.hasOwnProperty.call(metadata, key));
  if (reserved) throw new RangeError(`Event ${id}: metadata key "${reserved}" is reserved by the EventStoreDB adapter`);
  return {
    ...metadata,
    schemaVersion,
    $correlationId: metadata.correlationId,
    $causationId: metadata.causationId,
  };
}

export function decodeMetadata(stored: unknown, what: string): { schemaVersion: number; metadata: EventMetadata } {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored) || stored instanceof Uint8Array) {
    throw new Error(`${what} has no JSON object as metadata: not written by Ciclo`);
  }
  const { schemaVersion, $correlationId: _correlation, $causationId: _causation, ...metadata } = stored as Record<string, unknown>;
  if (typeof schemaVersion !== 'number' || !Number.isSafeInteger(schemaVersion) || schemaVersion < 1) {
    throw new Error(`${what} has no schemaVersion in its metadata: not written by Ciclo`);
  }
  return { schemaVersion, metadata: metadata as EventMetadata };
}

/** A stored EventStoreDB event as the port's StoredEvent. */
export function fromRecordedEvent(recorded: RecordedEvent): StoredEvent {
  const what = `Event ${recorded.id} (${recorded.streamId}@${recorded.revision})`;
  if (!recorded.isJson) throw new Error(`${what} is not JSON: not written by Ciclo`);
  const { schemaVersion, metadata } = decodeMetadata(recorded.metadata, what);
  return {
    id: recorded.id,
    type: recorded.type,
    schemaVersion,
    data: recorded.data,
    metadata,
    streamName: recorded.streamId,
    revision: toRevision(recorded.revision, what),
    position: toGlobalPosition(recorded.position, what),
  };
}
