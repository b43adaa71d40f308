import { rmSync } from 'node:fs';
import { extname } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Projection } from '../processor/projection';
import type { ProjectionSetup } from '../threads/projection-setup';
import type { PartitionSpec } from './replay-partition';
import { REPLAY_WORKER_ROLE, type FromReplayWorker, type ReplayWorkerConfig } from './replay-protocol';
import { REPLAY_WORKER_FILE } from './replay-worker';
import { errorOfThread } from '../threads/thread-failure';
import { compiledSources, startThread } from '../threads/thread-sources';

/**
 * A replay allocates short-lived objects by the million (events, plan versions, history rows): a
 * young generation this large lets most of them die there instead of being copied and promoted.
 */
const YOUNG_GENERATION_MB = 384;

export interface ReplaySharesOptions {
  eventsPath: string;
  setup: ProjectionSetup;
  projections: readonly Projection[];
  /** shares of the plans, one worker thread each */
  shares: number;
  /** prefix of the scratch files, one per share */
  scratchPrefix: string;
  until: number;
  batchSize: number;
  /** the events the shares have replayed so far, all together */
  onProgress?: (events: number) => void;
  /** runs on this thread while the threads replay */
  whileWaiting?: () => unknown;
}

/**
 * Replays the log up to `until` in shares of the plans, each in a worker thread of its own (whose
 * heap is sized for it) into a scratch file. Resolves with the scratch files once all are done; on
 * a failure the threads are stopped, the scratch files removed and the first error thrown.
 */
export async function replayInShares(options: ReplaySharesOptions): Promise<string[]> {
  const specs: PartitionSpec[] = Array.from({ length: options.shares }, (_, partition) => ({
    eventsPath: options.eventsPath,
    scratchPath: `${options.scratchPrefix}${partition}`,
    partition,
    partitions: options.shares,
    until: options.until,
    batchSize: options.batchSize,
  }));
  const replayed = specs.map(() => 0);
  const sources = extname(REPLAY_WORKER_FILE) === '.ts' ? compiledSources([REPLAY_WORKER_FILE, options.setup.module]) : undefined;
  const workers = specs.map((spec) => startWorker(spec, options, sources));
  try {
    const done = Promise.all(
      workers.map((worker, share) =>
        finished(worker, (events) => {
          replayed[share] = events;
          options.onProgress?.(replayed.reduce((sum, n) => sum + n, 0));
        }),
      ),
    );
    done.catch(() => undefined); // awaited below, unless whileWaiting throws first
    await options.whileWaiting?.();
    await done;
    return specs.map((spec) => spec.scratchPath);
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.terminate()));
    removeScratchFiles(specs.map((spec) => spec.scratchPath));
    throw error;
  }
}

function startWorker(partition: PartitionSpec, options: ReplaySharesOptions, sources?: Record<string, string>): Worker {
  const config: ReplayWorkerConfig = {
    role: REPLAY_WORKER_ROLE,
    partition,
    setup: options.setup,
    expected: options.projections.map((p) => ({ name: p.name, version: p.version })),
  };
  return startThread(REPLAY_WORKER_FILE, config, { sources, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
}

function finished(worker: Worker, onProgress: (events: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    worker.on('message', (message: FromReplayWorker) => {
      if (message.kind === 'progress') onProgress(message.events);
      else if (message.kind === 'done') done = true;
      else reject(errorOfThread(message));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (done && code === 0) resolve();
      else reject(new Error(`A projection replay thread stopped (exit code ${code}) before it finished`));
    });
  });
}

export function removeScratchFiles(paths: readonly string[]): void {
  for (const path of paths) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  }
}
