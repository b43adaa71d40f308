// Child process of the conformance crash test: appends to the EventStoreDB named by the environment until killed.
import { runConformanceWriterProcess } from '../../testing/conformance-writer';
import { EventStoreDbEventStore } from '../eventstoredb-event-store';
import { CONFORMANCE_CATEGORIES, CONNECTION_STRING_VARIABLE } from './eventstoredb-conformance';

runConformanceWriterProcess(() => {
  const connectionString = process.env[CONNECTION_STRING_VARIABLE];
  if (!connectionString) throw new Error(`${CONNECTION_STRING_VARIABLE} is not set`);
  return EventStoreDbEventStore.connect({ connectionString, categories: CONFORMANCE_CATEGORIES });
});
