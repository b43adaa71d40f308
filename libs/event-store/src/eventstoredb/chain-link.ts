import { GENESIS_HASH } from '../integrity';
import { ExpectedRevision, StoredEvent } from '../port';

/**
 * Where an append joins its stream's hash chain. EventStoreDB cannot compute the hash inside the
 * append as SQLite does, so the adapter reads the stream's last event first and chains to it. To
 * keep a concurrent append from slipping in between that read and the write, the append is sent
 * pinned to the revision read (`pinned`): if the stream moved meanwhile the server refuses it and
 * nothing with a stale link is stored.
 *
 * The race with expected revision 'any': the caller asked for no check, so a refusal caused by the
 * pin is not the caller's conflict. The adapter reads the head again and retries, up to
 * ANY_APPEND_ATTEMPTS times; a stream where every attempt loses to another writer gets
 * WrongExpectedRevisionError although 'any' was asked, rather than an event chained to the wrong
 * predecessor (which verification would report as a broken link).
 */
export interface ChainLink {
  /** the revision the first appended event takes */
  firstRevision: number;
  /** the last event's hash; the genesis for a new stream, and after an event written before the chain existed */
  previousHash: string;
  /** the exact revision the append is sent with */
  pinned: number | 'no_stream';
}

export const ANY_APPEND_ATTEMPTS = 50;

/** The link after the stream's last event as just read (undefined: the stream does not exist). */
export function chainLinkAfter(last: StoredEvent | undefined): ChainLink {
  if (!last) return { firstRevision: 0, previousHash: GENESIS_HASH, pinned: 'no_stream' };
  return { firstRevision: last.revision + 1, previousHash: last.hash ?? GENESIS_HASH, pinned: last.revision };
}

/**
 * Whether the caller's expected revision already fails against the head just read. Then the
 * append is a conflict (or a retry) without sending it: pinned to the head read, the server would
 * refuse it anyway, and sent with the caller's revision it could land on a head other than the one
 * its hash was chained to.
 */
export function conflictsWithHead(expected: ExpectedRevision, link: ChainLink): boolean {
  return expected !== 'any' && expected !== link.pinned;
}
