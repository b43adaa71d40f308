import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { SqliteEventStore } from '@ciclo/event-store/sqlite';
import { ProjectionProcessor } from '../processor/projection-processor';
import { createProjections } from '../threads/projection-setup';
import { ProjectionDatabase } from '../sqlite/projection-database';
import { threadFailure } from '../threads/thread-failure';
import {
  FOLLOWING_THREAD_ROLE,
  type FollowingThreadConfig,
  type FromFollowingThread,
  type ToFollowingThread,
} from './following-protocol';

/** This file, as it will be loaded: `.ts` under ts-node/jest, `.js` in the compiled build. */
export const FOLLOWING_WORKER_FILE = __filename;

/**
 * The body of the projections' thread: a ProjectionProcessor of its own, with its own connections
 * to the event file and the projection file, telling the main thread how far it got after every
 * batch. The main thread wakes it after each of its commits; commits of other processes are found
 * by polling, as before.
 */
async function runFollowingThread(config: FollowingThreadConfig, post: (message: FromFollowingThread) => void): Promise<void> {
  const store = SqliteEventStore.open({ path: config.eventsPath, pollIntervalMs: config.pollIntervalMs });
  const db = ProjectionDatabase.open(config.projectionsPath);
  const processor = new ProjectionProcessor(store, db, createProjections(config.setup), {
    batchSize: config.batchSize,
    onAdvance: (position) => post({ kind: 'advanced', position }),
    onError: (error) => post(threadFailure(error)),
  });
  parentPort!.on('message', (message: ToFollowingThread) => {
    if (message.kind === 'wake') store.wakeSubscriptions();
    else void stop();
  });
  const stop = async () => {
    await processor.stop();
    await store.close();
    db.close();
    post({ kind: 'stopped' });
    parentPort!.close();
  };
  await processor.start();
  post({ kind: 'started', position: processor.position() });
}

if (!isMainThread && (workerData as Partial<FollowingThreadConfig> | null)?.role === FOLLOWING_THREAD_ROLE) {
  const post = (message: FromFollowingThread) => parentPort!.postMessage(message);
  runFollowingThread(workerData as FollowingThreadConfig, post).catch((error: unknown) => post(threadFailure(error)));
}
