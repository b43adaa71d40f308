import * as crypto from 'node:crypto';
import { EventToAppend, StoredEvent } from '../port';

/** The "previous hash" of a stream's first event (revision 0). */
export const GENESIS_HASH = '0'.repeat(64);

/** One-shot crypto.hash (Node >= 20.12) costs half of a createHash object per call; the writer hashes every event. */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** What an event's hash covers, with data and metadata as the JSON text JSON.stringify makes of them. */
export interface HashedContent {
  streamName: string;
  revision: number;
  id: string;
  type: string;
  schemaVersion: number;
  dataJson: string;
  metadataJson: string;
}

/**
 * sha256 (hex) over the previous event's hash and this event's content, framed as one JSON array.
 * The two JSON texts go in as they are, not re-quoted: each is a complete JSON value, so the array
 * still parses one way only, and the writer does not pay to escape them a second time.
 */
export function hashEventContent(previousHash: string, content: HashedContent): string {
  const frame =
    `[${JSON.stringify(previousHash)},${JSON.stringify(content.streamName)},${content.revision},` +
    `${JSON.stringify(content.id)},${JSON.stringify(content.type)},${content.schemaVersion},` +
    `${content.dataJson},${content.metadataJson}]`;
  return sha256Hex(frame);
}

/**
 * The hash of an event as read back. JSON.parse then JSON.stringify of a JSON.stringify output
 * gives that output again, so the parsed event hashes to what the writer hashed from its text.
 */
export function storedEventHash(previousHash: string, event: StoredEvent): string {
  return hashEventContent(previousHash, contentOf(event.streamName, event.revision, event));
}

/**
 * The hashes of events about to be appended at `firstRevision`, each chained to the one before,
 * the first to `previousHash` (the stream's current last hash, GENESIS_HASH for a new stream).
 */
export function chainedHashes(
  streamName: string,
  firstRevision: number,
  previousHash: string,
  events: readonly EventToAppend[],
): string[] {
  let previous = previousHash;
  return events.map((event, i) => (previous = hashEventContent(previous, contentOf(streamName, firstRevision + i, event))));
}

function contentOf(streamName: string, revision: number, event: EventToAppend): HashedContent {
  return {
    streamName,
    revision,
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    dataJson: JSON.stringify(event.data),
    metadataJson: JSON.stringify(event.metadata),
  };
}
