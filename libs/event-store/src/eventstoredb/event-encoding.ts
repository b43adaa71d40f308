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
 *   projection, the UI) understand, copied from ours, and
 * - `chainHash`, the event's link in its stream's hash chain (StoredEvent.hash), which has no field
 *   of its own either; on read it moves back out of the metadata, which then hashes as appended.
 * Those keys are reserved: an event whose metadata holds one is refused rather than altered.
 * `recordedAt` stays ours (the command's clock); the server's `created` is not used.
 */
export const RESERVED_METADATA_KEYS = ['schemaVersion', '$correlationId', '$causationId', 'chainHash'] as const;

const LOWERCASE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Throws for an event this adapter cannot store unchanged: checked before anything is read or sent. */
export function assertStorable({ id, metadata }: EventToAppend): void {
  // EventStoreDB keeps ids as uuids and hands them back in lowercase: anything else would not round-trip
  if (!LOWERCASE_UUID.test(id)) throw new RangeError(`Event id ${JSON.stringify(id)} is not a lowercase uuid`);
  const reserved = RESERVED_METADATA_KEYS.find((key) => Object.prototype.hasOwnProperty.call(metadata, key));
  if (reserved) throw new RangeError(`Event ${id}: metadata key "${reserved}" is reserved by the EventStoreDB adapter`);
}

/** The event as the client sends it; `hash` is its chain hash (see chain-link.ts). */
export function toEventData(event: EventToAppend, hash: string): EventData {
  return eventStoreDbClient().jsonEvent({
    id: event.id,
    type: event.type,
    data: event.data as JSONType,
    metadata: encodeMetadata(event, hash),
  });
}

/** Our metadata first, in its own key order, then the reserved keys: decoding drops them and the rest stringifies as appended. */
export function encodeMetadata(event: EventToAppend, hash: string): Record<string, unknown> {
  assertStorable(event);
  const { metadata, schemaVersion } = event;
  return {
    ...metadata,
    schemaVersion,
    $correlationId: metadata.correlationId,
    $causationId: metadata.causationId,
    chainHash: hash,
  };
}

export interface DecodedMetadata {
  schemaVersion: number;
  metadata: EventMetadata;
  /** absent on events written before the hash chain */
  hash?: string;
}

export function decodeMetadata(stored: unknown, what: string): DecodedMetadata {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored) || stored instanceof Uint8Array) {
    throw new Error(`${what} has no JSON object as metadata: not written by Ciclo`);
  }
  const {
    schemaVersion,
    $correlationId: _correlation,
    $causationId: _causation,
    chainHash,
    ...metadata
  } = stored as Record<string, unknown>;
  if (typeof schemaVersion !== 'number' || !Number.isSafeInteger(schemaVersion) || schemaVersion < 1) {
    throw new Error(`${what} has no schemaVersion in its metadata: not written by Ciclo`);
  }
  const decoded: DecodedMetadata = { schemaVersion, metadata: metadata as EventMetadata };
  if (typeof chainHash === 'string') decoded.hash = chainHash;
  return decoded;
}

/** A stored EventStoreDB event as the port's StoredEvent. */
export function fromRecordedEvent(recorded: RecordedEvent): StoredEvent {
  const what = `Event ${recorded.id} (${recorded.streamId}@${recorded.revision})`;
  if (!recorded.isJson) throw new Error(`${what} is not JSON: not written by Ciclo`);
  const { schemaVersion, metadata, hash } = decodeMetadata(recorded.metadata, what);
  const event: StoredEvent = {
    id: recorded.id,
    type: recorded.type,
    schemaVersion,
    data: recorded.data,
    metadata,
    streamName: recorded.streamId,
    revision: toRevision(recorded.revision, what),
    position: toGlobalPosition(recorded.position, what),
  };
  if (hash !== undefined) event.hash = hash;
  return event;
}
