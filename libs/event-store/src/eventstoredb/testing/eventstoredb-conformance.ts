import { join } from 'node:path';
import { EventStoreFactory, EventStoreFixture, tsNodeWriterCommand } from '../../testing';
import { EventStoreDbEventStore } from '../eventstoredb-event-store';

/** The categories the conformance suite writes: its streams and the crash test's writer's. */
export const CONFORMANCE_CATEGORIES = ['conformance', 'crashtest'];

export const CONNECTION_STRING_VARIABLE = 'EVENTSTORE_CONNECTION_STRING';

/**
 * Fixtures on a shared, running server: every test gets its own client, and the suite's tests
 * use fresh stream names and positions after the head they find, so nothing is ever deleted.
 * The `$all` filter is on, as in production, with the suite's categories.
 */
export function eventStoreDbConformanceFactory(connectionString: string): EventStoreFactory {
  return {
    async create() {
      const opened: EventStoreDbEventStore[] = [];
      const open = () => {
        const store = EventStoreDbEventStore.connect({ connectionString, categories: CONFORMANCE_CATEGORIES });
        opened.push(store);
        return store;
      };
      const fixture: EventStoreFixture = {
        store: open(),
        async reopen() {
          await fixture.store.close();
          fixture.store = open();
          return fixture.store;
        },
        async dispose() {
          await Promise.all(opened.map((store) => store.close()));
        },
      };
      return fixture;
    },
    writerProcess() {
      return tsNodeWriterCommand(join(__dirname, 'eventstoredb-conformance-writer.ts'), {
        [CONNECTION_STRING_VARIABLE]: connectionString,
      });
    },
  };
}
