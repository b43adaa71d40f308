import type { AllStreamResolvedEvent, EventStoreDBClient, Position, ReadPosition } from '@eventstore/db-client';
import { StoredEvent } from '../port';
import { fromRecordedEvent } from './event-encoding';
import { isAfter, toGlobalPosition, toReadPosition } from './global-position';
import { StreamFilter } from './stream-filter';

const PAGE_SIZE = 500;

/**
 * Reads `$all` through the stream filter. The client reads `$all` unfiltered, so both directions
 * page through it and keep our events; a page restarts at the last event of the previous one,
 * which a forward read returns again and is skipped by position.
 */
export class AllReader {
  constructor(
    private readonly client: EventStoreDBClient,
    private readonly filter: StreamFilter,
  ) {}

  /** Our events with a position after `after`, in `$all` order, at most `limit` of them. */
  async readAfter(after: number, limit = Infinity): Promise<StoredEvent[]> {
    const found: StoredEvent[] = [];
    let from: ReadPosition = toReadPosition(after);
    if (limit < 1) return found;
    const pageSize = Math.min(PAGE_SIZE, limit + 1);
    let last: Position | undefined = typeof from === 'string' ? undefined : from;
    for (;;) {
      const page = await this.page(from, 'forwards', pageSize);
      let moved = false;
      for (const resolved of page) {
        const recorded = resolved.event;
        if (!recorded) continue;
        if (last && !isAfter(recorded.position, last)) continue;
        last = recorded.position;
        moved = true;
        if (!this.filter.includes(recorded.streamId, recorded.type)) continue;
        found.push(fromRecordedEvent(recorded));
        if (found.length >= limit) return found;
      }
      if (page.length < pageSize || !moved || !last) return found;
      from = last;
    }
  }

  /** The position of our last event, 0 when there is none. */
  async headPosition(): Promise<number> {
    let from: ReadPosition = 'end';
    for (;;) {
      const page = await this.page(from, 'backwards', PAGE_SIZE);
      for (const resolved of page) {
        const recorded = resolved.event;
        if (recorded && this.filter.includes(recorded.streamId, recorded.type)) {
          return toGlobalPosition(recorded.position, `Event ${recorded.id}`);
        }
      }
      const oldest = page[page.length - 1]?.event?.position;
      if (page.length < PAGE_SIZE || !oldest) return 0;
      from = oldest; // a backward read starts before the position it is given
    }
  }

  private async page(from: ReadPosition, direction: 'forwards' | 'backwards', maxCount: number): Promise<AllStreamResolvedEvent[]> {
    const events: AllStreamResolvedEvent[] = [];
    for await (const resolved of this.client.readAll({ fromPosition: from, direction, maxCount })) events.push(resolved);
    return events;
  }
}
