/**
 * What the API needs of whatever keeps its read models up to date: start and stop it, know how
 * far it got, and wait until it shows a position (a query waits for the store's head: read-your-writes).
 * ProjectionProcessor does it on the calling thread; ProjectionsInThread runs a ProjectionProcessor
 * in a worker thread.
 * An abstract class rather than an interface so that Nest can inject by it.
 */
export abstract class ProjectionFollower {
  /** creates missing tables, rebuilds projections whose version changed, then follows the store */
  abstract start(): Promise<void>;
  abstract stop(): Promise<void>;
  /** the global position every projection has applied */
  abstract position(): number;
  /** resolves once every projection has applied the events up to `position` */
  abstract waitFor(position: number, timeoutMs?: number): Promise<void>;
  /** another process may have committed: read the store now rather than at the next poll */
  abstract wake(): void;
}
