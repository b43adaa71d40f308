import type { Filter } from '@eventstore/db-client';
import { eventStoreDbClient } from './client';

/**
 * Which events of `$all` are ours. `$all` also holds EventStoreDB's own records (stream metadata,
 * statistics, projection output: streams and event types starting with `$`) and, on a shared
 * server, other applications' streams. System events are always left out; with `categories`, only
 * streams named `<category>-<id>` of those categories are kept (Ciclo: `plan`, `delibere`).
 *
 * Subscriptions filter on the server (stream-name prefixes, or no `$` event types); reads of `$all`
 * cannot in this client version, so they page through and keep what `includes` accepts. Both end
 * in the same decision: `includes` also runs on what a subscription delivers.
 */
export class StreamFilter {
  private readonly categories?: ReadonlySet<string>;

  constructor(categories?: readonly string[]) {
    if (categories === undefined) return;
    if (categories.length === 0) throw new RangeError('categories: give at least one, or none to keep every non-system stream');
    // as in stream names, a category has no "-": then the prefix "<category>-" matches it alone
    const wrong = categories.find((category) => !/^[^-$][^-]*$/.test(category));
    if (wrong !== undefined) throw new RangeError(`Category ${JSON.stringify(wrong)}: expected a non-empty name without "-" or a leading "$"`);
    this.categories = new Set(categories);
  }

  includes(streamName: string, eventType: string): boolean {
    if (streamName.startsWith('$') || eventType.startsWith('$')) return false;
    if (!this.categories) return true;
    const dash = streamName.indexOf('-');
    return dash > 0 && this.categories.has(streamName.slice(0, dash));
  }

  /** The server-side filter of a `$all` subscription. */
  subscriptionFilter(): Filter {
    const client = eventStoreDbClient();
    if (!this.categories) return client.excludeSystemEvents();
    return client.streamNameFilter({ prefixes: [...this.categories].map((category) => `${category}-`) });
  }
}
