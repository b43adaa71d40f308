import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@ciclo/event-store';
import { ProjectionFollower } from '@ciclo/projections';

/** How long a query may wait for the read models; they are normally a batch behind at most. */
const WAIT_MS = 5_000;

/**
 * Read-your-writes on the query side: before a query reads the read models, it waits until they
 * show every event committed when it arrived, whichever process committed it. A command answers as
 * soon as its events are durable, so a query sent after that answer sees the command. Commands
 * do not wait for the projections themselves: that wait put a second thread on every command's path,
 * and its pauses showed in the commands' p99 at 200 commands/s (see the README's benchmarks).
 */
@Injectable()
export class ReadModelsAtHead {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionFollower,
  ) {}

  /** Resolves once the read models have reached the store's head, and `minPosition` if given. */
  async caughtUp(minPosition = 0): Promise<void> {
    const position = Math.max(await this.store.headPosition(), minPosition);
    if (this.projections.position() >= position) return;
    this.projections.wake();
    try {
      await this.projections.waitFor(position, WAIT_MS);
    } catch {
      throw new ServiceUnavailableException(`The read models have not reached position ${position} within ${WAIT_MS} ms; retry`);
    }
  }
}
