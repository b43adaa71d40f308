import { StoredEvent } from '../port';
import { GENESIS_HASH, storedEventHash } from './event-hash';

/**
 * Why a link does not hold:
 * - `content_changed`: the stored hash is not the hash of the event's content chained to its verified
 *   predecessor: the event or its hash was altered, or the event before it was altered and re-hashed
 *   (a hash cannot tell which of the two; the head hash recorded elsewhere, e.g. in a verbale, can);
 * - `chain_link_broken`: the event's content matches its stored hash, but chained to another predecessor
 *   (the genesis or an earlier event): events before it were removed, replaced or re-hashed;
 * - `hash_missing`: the event carries no hash (written before the chain existed, or the hash was erased);
 * - `revision_gap`: the event does not sit at the next revision (an event before it is missing).
 */
export type BrokenLinkReason = 'content_changed' | 'chain_link_broken' | 'hash_missing' | 'revision_gap';

export interface BrokenLink {
  revision: number;
  position: number;
  eventId: string;
  type: string;
  storedHash: string | null;
  /** the hash the event would carry, chained to the last event that verified */
  expectedHash: string;
  reason: BrokenLinkReason;
}

export interface ChainVerification {
  streamName: string;
  /** how many events the stream holds */
  events: number;
  /** the hash stored with the stream's last event; null for an empty stream or a last event without one */
  headHash: string | null;
  intact: boolean;
  /** the first event, in revision order, whose link does not hold; absent when intact */
  firstBrokenLink?: BrokenLink;
}

/**
 * Recomputes a stream's hash chain from its events (the whole stream, as readStream gives it from
 * revision 0) and names the first link that does not hold. Pure: no store, no clock.
 */
export function verifyStreamChain(events: readonly StoredEvent[], streamName = events[0]?.streamName ?? ''): ChainVerification {
  const foreign = events.find((event) => event.streamName !== streamName);
  if (foreign) throw new RangeError(`verifyStreamChain(${streamName}): event ${foreign.id} belongs to ${foreign.streamName}`);
  const result = { streamName, events: events.length, headHash: events[events.length - 1]?.hash ?? null };

  let previous = GENESIS_HASH;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    const expectedHash = storedEventHash(previous, event);
    if (event.revision === i && event.hash === expectedHash) {
      previous = expectedHash;
      continue;
    }
    const reason = brokenLinkReason(event, i, events.slice(0, Math.max(0, i - 1)));
    return { ...result, intact: false, firstBrokenLink: brokenLink(event, expectedHash, reason) };
  }
  return { ...result, intact: true };
}

function brokenLinkReason(event: StoredEvent, expectedRevision: number, olderEvents: readonly StoredEvent[]): BrokenLinkReason {
  if (event.revision !== expectedRevision) return 'revision_gap';
  if (!event.hash) return 'hash_missing';
  const otherPredecessors = expectedRevision > 0 ? [GENESIS_HASH, ...olderEvents.flatMap((older) => (older.hash ? [older.hash] : []))] : [];
  return otherPredecessors.some((hash) => storedEventHash(hash, event) === event.hash) ? 'chain_link_broken' : 'content_changed';
}

function brokenLink(event: StoredEvent, expectedHash: string, reason: BrokenLinkReason): BrokenLink {
  return {
    revision: event.revision,
    position: event.position,
    eventId: event.id,
    type: event.type,
    storedHash: event.hash ?? null,
    expectedHash,
    reason,
  };
}
