import type * as EventStoreDbClient from '@eventstore/db-client';

let loaded: typeof EventStoreDbClient | undefined;

/**
 * The `@eventstore/db-client` module, loaded on first use. The gRPC client takes about 200 ms to
 * import, and every process that runs on the embedded SQLite store (the default, and most tests)
 * would pay for it at start although it never connects anywhere. Type-only imports elsewhere in
 * this folder cost nothing at runtime.
 */
export function eventStoreDbClient(): typeof EventStoreDbClient {
  loaded ??= require('@eventstore/db-client') as typeof EventStoreDbClient;
  return loaded;
}
