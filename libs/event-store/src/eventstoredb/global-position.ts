import type { Position, ReadPosition } from '@eventstore/db-client';

/**
 * The port's global position is one JS number; EventStoreDB orders `$all` by a pair
 * {commit, prepare} of byte offsets into its transaction log. The mapping:
 *
 * - An event appended through the gRPC API is its own committed log record, and the server reports
 *   it with commit === prepare === the offset of that record (the append result carries the same
 *   pair for the append's last event). That offset is unique per event, grows strictly along
 *   `$all`, and is never visible out of order (the server serves `$all` only up to what it has
 *   indexed, in log order). It is the port's `position`. The log opens with a chunk header and an
 *   epoch record, so no event sits at 0, which keeps meaning "before the first event".
 * - commit !== prepare only happens for events of legacy explicit transactions (TCP API, which the
 *   gRPC client cannot write); one number cannot name such an event, so it is refused loudly, as is
 *   an offset above Number.MAX_SAFE_INTEGER (8 PiB of log).
 * - Back the other way, "after p" is read from {commit: p, prepare: p}. Whether the event at p itself
 *   comes back differs between a read (inclusive) and a subscription, so callers drop events at or
 *   before p. p must be 0 or a position this store handed out: the server seeks to that byte.
 */
export class UnsupportedPositionError extends Error {
  constructor(what: string, position: Position | undefined, reason: string) {
    const shown = position ? `{commit: ${position.commit}, prepare: ${position.prepare}}` : 'no position';
    super(`${what} has ${shown}: ${reason}`);
    this.name = 'UnsupportedPositionError';
  }
}

/** The port's position of an event EventStoreDB reported at `position`; `what` names it in errors. */
export function toGlobalPosition(position: Position | undefined, what: string): number {
  const known = usablePosition(position);
  if (known !== undefined) return known;
  if (!position) throw new UnsupportedPositionError(what, position, 'EventStoreDB 22.10 or later reports one on every read');
  if (position.commit !== position.prepare) {
    throw new UnsupportedPositionError(what, position, 'written by an explicit transaction, which one number cannot name');
  }
  throw new UnsupportedPositionError(what, position, `outside 1..${Number.MAX_SAFE_INTEGER}`);
}

/**
 * The position as a number when it is one an appended event can have, else undefined: servers
 * before 22.x answer an idempotent (retried) append with no position or with -1 (as 2^64 - 1).
 */
export function usablePosition(position: Position | undefined): number | undefined {
  if (!position || position.commit !== position.prepare) return undefined;
  if (position.commit < 1n || position.commit > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  return Number(position.commit);
}

/** Where to read `$all` from to get the events after `after` (plus, possibly, the one at `after`). */
export function toReadPosition(after: number): ReadPosition {
  if (!Number.isSafeInteger(after) || after < 0) {
    throw new RangeError(`A global position is an integer from 0, got ${after}`);
  }
  if (after === 0) return 'start';
  return { commit: BigInt(after), prepare: BigInt(after) };
}

/** True when `a` comes after `b` in `$all` (ordered by commit, then prepare). */
export function isAfter(a: Position, b: Position): boolean {
  return a.commit > b.commit || (a.commit === b.commit && a.prepare > b.prepare);
}
