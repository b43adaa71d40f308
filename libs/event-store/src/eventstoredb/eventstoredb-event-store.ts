import type { AppendResult as ClientAppendResult, EventStoreDBClient } from '@eventstore/db-client';
import { chainedHashes } from '../integrity';
import {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  StoredEvent,
  SubscribeOptions,
  Subscription,
  WrongExpectedRevisionError,
} from '../port';
import { validateAppendRequest } from '../sqlite/append-request';
import { EventStoreClosedError } from '../sqlite/errors';
import { AllReader } from './all-reader';
import { EventStoreDbCatchUpSubscription, SubscriptionHandler } from './catch-up-subscription';
import { eventStoreDbClient } from './client';
import { toPortError } from './error-mapping';
import { ANY_APPEND_ATTEMPTS, chainLinkAfter, conflictsWithHead } from './chain-link';
import { assertStorable, fromRecordedEvent, toEventData } from './event-encoding';
import { usablePosition } from './global-position';
import { originalResultOfRetry } from './retry-detection';
import { toClientExpectedRevision, toRevision } from './revision-mapping';
import { StreamFilter } from './stream-filter';

export interface EventStoreDbOptions {
  /** e.g. `esdb://eventstore:2113?tls=false`; credentials go in it too (`esdb://user:password@host:2113`) */
  connectionString: string;
  /** keep only streams of these categories in `$all` (Ciclo: `plan`, `delibere`); default: every non-system stream */
  categories?: readonly string[];
}

/**
 * The event-store port on EventStoreDB (client `@eventstore/db-client`; everything that knows the
 * client lives in this folder). Stream revisions are EventStoreDB's; global positions are `$all`
 * log positions (see global-position.ts); a retried append is recognised by its event ids, which
 * are derived from the command id.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly reader: AllReader;
  private readonly subscriptions = new Set<EventStoreDbCatchUpSubscription>();
  private closed = false;

  private constructor(
    private readonly client: EventStoreDBClient,
    private readonly filter: StreamFilter,
  ) {
    this.reader = new AllReader(client, filter);
  }

  /** Creates the client; the connection itself opens on the first call (a bad connection string throws here). */
  static connect(options: EventStoreDbOptions): EventStoreDbEventStore {
    const filter = new StreamFilter(options.categories);
    return new EventStoreDbEventStore(eventStoreDbClient().EventStoreDBClient.connectionString(options.connectionString), filter);
  }

  /**
   * Before appending, the stream's last events are read: when they are ours, this is a retry that
   * names the current head as expected revision, which EventStoreDB would store twice; the last of
   * them gives the hash the new events chain to, and the append is sent pinned to its revision (see
   * chain-link.ts, also for the race with 'any'). After a conflict the whole stream is searched for
   * the events, so a retry of an acknowledged append still gets that append's result back.
   */
  async append(streamName: string, events: EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    this.assertOpen();
    validateAppendRequest({ streamName, events, expected });
    events.forEach(assertStorable);
    for (let attempt = 1; ; attempt++) {
      // pinned, a retry with 'any' whose events are no longer the stream's last would be stored twice: search all of it
      const tail = expected === 'any' ? await this.readStream(streamName) : await this.readTail(streamName, events.length);
      const retried = originalResultOfRetry(tail, events);
      if (retried) return retried;
      const link = chainLinkAfter(tail[tail.length - 1]);
      if (conflictsWithHead(expected, link)) {
        return this.resultOfRetryOr(new WrongExpectedRevisionError(streamName, expected, link.pinned), events);
      }
      const hashes = chainedHashes(streamName, link.firstRevision, link.previousHash, events);
      const proposed = events.map((event, i) => toEventData(event, hashes[i]));
      let written: ClientAppendResult;
      try {
        written = await this.client.appendToStream(streamName, proposed, { expectedRevision: toClientExpectedRevision(link.pinned) });
      } catch (error) {
        const reported = toPortError(error, streamName, expected);
        if (!(reported instanceof WrongExpectedRevisionError)) throw reported;
        if (expected === 'any' && attempt < ANY_APPEND_ATTEMPTS) continue;
        return this.resultOfRetryOr(reported, events);
      }
      const nextExpectedRevision = toRevision(written.nextExpectedRevision, `Append to ${streamName}`);
      const position =
        usablePosition(written.position) ?? (await this.positionOf(streamName, nextExpectedRevision, events[events.length - 1]));
      return { nextExpectedRevision, position };
    }
  }

  async readStream(streamName: string, fromRevision = 0): Promise<StoredEvent[]> {
    this.assertOpen();
    if (!Number.isSafeInteger(fromRevision) || fromRevision < 0) {
      throw new RangeError(`Read of ${streamName}: ${fromRevision} is not a revision (0, 1, ...)`);
    }
    return this.read(streamName, { fromRevision: BigInt(fromRevision), direction: 'forwards' });
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    return this.reader.readAfter(options.after ?? 0, options.limit);
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.reader.headPosition();
  }

  subscribeToAll(options: SubscribeOptions, handler: SubscriptionHandler, onError?: (error: unknown) => void): Subscription {
    this.assertOpen();
    const serverFilter = this.filter.subscriptionFilter();
    const subscription = new EventStoreDbCatchUpSubscription(
      {
        open: (fromPosition) => this.client.subscribeToAll({ fromPosition, filter: serverFilter }),
        decode: ({ event }) => (event && this.filter.includes(event.streamId, event.type) ? [fromRecordedEvent(event)] : []),
      },
      options,
      handler,
      onError,
      (finished) => this.subscriptions.delete(finished),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.client.dispose();
  }

  /** A conflicting append whose events are stored already is a retry: its original result; else the conflict. */
  private async resultOfRetryOr(conflict: WrongExpectedRevisionError, events: EventToAppend[]): Promise<AppendResult> {
    const original = originalResultOfRetry(await this.readStream(conflict.streamName), events);
    if (original) return original;
    throw conflict;
  }

  private async readTail(streamName: string, count: number): Promise<StoredEvent[]> {
    const newestFirst = await this.read(streamName, { fromRevision: 'end', direction: 'backwards', maxCount: count });
    return newestFirst.reverse();
  }

  /** Servers before 22.x give no usable position for a retried append: read it from the stored event. */
  private async positionOf(streamName: string, revision: number, last: EventToAppend): Promise<number> {
    const [stored] = await this.read(streamName, { fromRevision: BigInt(revision), direction: 'forwards', maxCount: 1 });
    if (stored?.id !== last.id) {
      throw new Error(`Append to ${streamName} reported revision ${revision}, which holds ${stored?.id ?? 'nothing'}, not ${last.id}`);
    }
    return stored.position;
  }

  private async read(streamName: string, options: Parameters<EventStoreDBClient['readStream']>[1]): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    try {
      for await (const { event } of this.client.readStream(streamName, options)) {
        if (event) events.push(fromRecordedEvent(event));
      }
    } catch (error) {
      if (error instanceof eventStoreDbClient().StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError();
  }
}
