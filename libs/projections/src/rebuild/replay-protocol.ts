import type { ProjectionSetup } from '../threads/projection-setup';
import type { ThreadFailure } from '../threads/thread-failure';
import type { PartitionSpec } from './replay-partition';

export const REPLAY_WORKER_ROLE = 'ciclo-projection-replay';

/** What a replay thread is handed: its share of the plans and how to make the projections. */
export interface ReplayWorkerConfig {
  role: typeof REPLAY_WORKER_ROLE;
  partition: PartitionSpec;
  setup: ProjectionSetup;
  /** the projections the processor runs; the thread refuses to replay anything else */
  expected: { name: string; version: number }[];
}

export type FromReplayWorker =
  | { kind: 'progress'; events: number }
  | { kind: 'done'; events: number }
  | ThreadFailure;
