import type { ProjectionSetup } from '../threads/projection-setup';
import type { ThreadFailure } from '../threads/thread-failure';

export const FOLLOWING_THREAD_ROLE = 'ciclo-projections-following';

/** What the thread is started with (copied to it: plain data only). */
export interface FollowingThreadConfig {
  role: typeof FOLLOWING_THREAD_ROLE;
  eventsPath: string;
  projectionsPath: string;
  setup: ProjectionSetup;
  batchSize?: number;
  /** how often the thread looks for events that no commit of this process announced */
  pollIntervalMs?: number;
}

export type ToFollowingThread = { kind: 'wake' } | { kind: 'stop' };

export type FromFollowingThread =
  | { kind: 'started'; position: number }
  | { kind: 'advanced'; position: number }
  | ThreadFailure
  | { kind: 'stopped' };
