import type { EventMetadata } from '@ciclo/event-store';
import type { ProjectionDatabase } from '../sqlite/projection-database';

/** A stored event after upcasting: `type` and `data` are in their current schema. */
export interface DecodedEvent {
  id: string;
  streamName: string;
  revision: number;
  position: number;
  type: string;
  data: unknown;
  metadata: EventMetadata;
}

/**
 * Handed to applyBatch while the processor replays the whole log (a rebuild). The projection may
 * then keep rows in `memory` across batches instead of writing them every batch, and must write
 * them in `endReplay`. Nobody reads a projection that is being rebuilt, and a rebuild that stops
 * half-way starts again from zero, so the rows may lag behind the checkpoint meanwhile.
 */
export interface Replay {
  readonly memory: Map<string, unknown>;
}

/**
 * A read model fed by the processor. Everything runs synchronously inside the processor's
 * transaction, which also moves the projection's checkpoint: a throw rolls back the whole batch.
 */
export interface Projection {
  /** key of the checkpoint */
  readonly name: string;
  /** stream categories it reads, e.g. ['plan']: events of other streams are neither decoded nor handed to it */
  readonly categories: readonly string[];
  /** bump it when the tables or what is written to them change: the projection is then rebuilt */
  readonly version: number;
  /**
   * true when its rows for a plan depend only on the streams of that plan (`<category>-<planId>`)
   * and no two plans write the same row: a rebuild may then replay plans in separate threads, one
   * whole plan after another (a batch holds whole plans, and endReplay follows each batch), and
   * merge what they wrote.
   */
  readonly replaysPerPlan?: boolean;
  /** creates the tables when missing */
  migrate(db: ProjectionDatabase): void;
  /** removes the tables and everything in them; `migrate` follows */
  reset(db: ProjectionDatabase): void;
  /**
   * applies events in global order, all with a position past the projection's checkpoint; in a
   * replay by plan (see replaysPerPlan), each plan's events in global order, plan after plan
   */
  applyBatch(db: ProjectionDatabase, events: DecodedEvent[], replay?: Replay): void;
  /** writes what a replay kept in memory; `migrate` follows, in the same transaction */
  endReplay?(db: ProjectionDatabase, replay: Replay): void;
  /**
   * drops what it keeps in memory between batches: a batch rolled back, or another process
   * moved the projection's rows (its checkpoint is not where this process left it)
   */
  forget?(): void;
}
