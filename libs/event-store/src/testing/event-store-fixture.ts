import { EventStore } from '../port';

/** How to start a separate OS process that runs `runConformanceWriter` against the fixture's data. */
export interface WriterProcessCommand {
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * One adapter instance for one test. Tests never assume the store is empty: they use streams they
 * create themselves and positions after `headPosition()` taken at their start, so an adapter
 * backed by a shared server can pass too.
 */
export interface EventStoreFixture {
  store: EventStore;
  /** closes the current store and opens the same data again, as a restarted process would */
  reopen(): Promise<EventStore>;
  /** closes whatever is still open and removes the data */
  dispose(): Promise<void>;
}

export interface EventStoreFactory<F extends EventStoreFixture = EventStoreFixture> {
  create(): Promise<F>;
  /**
   * How to start a separate OS process that calls `runConformanceWriterProcess` on the same data
   * as `fixture`. Adapters without one do not get the crash test.
   */
  writerProcess?(fixture: F): WriterProcessCommand;
}

/** What the case files share: the fixture of the running test, and its current store. */
export interface ConformanceContext<F extends EventStoreFixture = EventStoreFixture> {
  fixture: F;
  store: EventStore;
}
