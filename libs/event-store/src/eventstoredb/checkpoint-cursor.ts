import type { ReadPosition } from '@eventstore/db-client';
import { StoredEvent } from '../port';
import { toReadPosition } from './global-position';

/**
 * Where a catch-up subscription stands: the position of the last event its handler finished
 * (the subscriber's checkpoint, given at start). The server subscription is opened, and opened
 * again after a lost connection, from there; whatever the server then sends at or before it is
 * dropped, since a subscription may repeat the event at its start position and a reconnect
 * replays from the checkpoint. The handler so sees each event once and in order, whatever the
 * connection did.
 */
export class CheckpointCursor {
  private position: number;

  constructor(after: number) {
    toReadPosition(after); // validates
    this.position = after;
  }

  get checkpoint(): number {
    return this.position;
  }

  /** Where the server subscription starts (again). */
  resumeFrom(): ReadPosition {
    return toReadPosition(this.position);
  }

  /** The events of `delivered` the handler has not seen yet; refuses a delivery out of order. */
  unseen(delivered: readonly StoredEvent[]): StoredEvent[] {
    const fresh = delivered.filter((event) => event.position > this.position);
    for (let i = 1; i < fresh.length; i++) {
      if (fresh[i].position <= fresh[i - 1].position) {
        throw new Error(`Subscription delivered position ${fresh[i].position} after ${fresh[i - 1].position}`);
      }
    }
    return fresh;
  }

  /** The handler finished `events` (as returned by `unseen`): the checkpoint moves to the last. */
  handled(events: readonly StoredEvent[]): void {
    if (events.length > 0) this.position = events[events.length - 1].position;
  }
}

const FIRST_RETRY_DELAY_MS = 100;
const LONGEST_RETRY_DELAY_MS = 5_000;

/** How long to wait before connecting again after `failuresInARow` (from 1) lost connections. */
export function reconnectDelayMs(failuresInARow: number): number {
  const exponent = Math.max(0, Math.min(failuresInARow - 1, 16));
  return Math.min(FIRST_RETRY_DELAY_MS * 2 ** exponent, LONGEST_RETRY_DELAY_MS);
}
