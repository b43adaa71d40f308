import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Projection } from '../processor/projection';
import { createProjections } from '../threads/projection-setup';
import { threadFailure } from '../threads/thread-failure';
import { replayPartition } from './replay-partition';
import { REPLAY_WORKER_ROLE, type FromReplayWorker, type ReplayWorkerConfig } from './replay-protocol';

/** This file, as it will be loaded: `.ts` under ts-node/jest, `.js` in the compiled build. */
export const REPLAY_WORKER_FILE = __filename;

/**
 * The body of a replay thread: the same projections as the processor's, fed only the streams of
 * its share of the plans, written to a scratch file of its own. The processor merges the scratch
 * files when every share is done; until then nothing of it is visible.
 */
async function runReplayWorker(config: ReplayWorkerConfig, post: (message: FromReplayWorker) => void): Promise<void> {
  const projections = createProjections(config.setup);
  assertSameProjections(projections, config.expected);
  const events = await replayPartition(projections, config.partition, (events) => post({ kind: 'progress', events }));
  post({ kind: 'done', events });
}

function assertSameProjections(projections: Projection[], expected: ReplayWorkerConfig['expected']): void {
  const made = projections.map((p) => `${p.name}@${p.version}`).join(', ');
  const wanted = expected.map((p) => `${p.name}@${p.version}`).join(', ');
  if (made !== wanted) throw new Error(`The replay thread made projections ${made}, the processor runs ${wanted}`);
}

if (!isMainThread && (workerData as Partial<ReplayWorkerConfig> | null)?.role === REPLAY_WORKER_ROLE) {
  const post = (message: FromReplayWorker) => parentPort!.postMessage(message);
  runReplayWorker(workerData as ReplayWorkerConfig, post).catch((error: unknown) => post(threadFailure(error)));
}
