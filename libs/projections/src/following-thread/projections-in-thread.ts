import { extname } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { PositionWaiters } from '../processor/position-waiters';
import type { ProjectionFollower } from '../processor/projection-follower';
import type { ProjectionSetup } from '../threads/projection-setup';
import { errorOfThread } from '../threads/thread-failure';
import { compiledSources, startThread } from '../threads/thread-sources';
import { FOLLOWING_THREAD_ROLE, type FollowingThreadConfig, type FromFollowingThread, type ToFollowingThread } from './following-protocol';
import { FOLLOWING_WORKER_FILE } from './following-worker';

export interface ProjectionsInThreadOptions {
  /** the SQLite event file */
  eventsPath: string;
  /** the projection file */
  projectionsPath: string;
  /** how the thread creates the projections (see planProjectionsSetup) */
  setup: ProjectionSetup;
  batchSize?: number;
  pollIntervalMs?: number;
  /** default timeout of waitFor (default 5,000 ms) */
  waitTimeoutMs?: number;
  /** told when the thread stops on an error (default: console.error) */
  onError?: (error: unknown) => void;
}

/**
 * The projections followed in a worker thread of their own, so that applying a batch (about a
 * third of the CPU a command costs the API) never holds up the thread that answers HTTP requests.
 * Queries still read the projection file from the main thread (WAL: readers never wait for the
 * writer); waitFor resolves once the thread reports the position. Call wake() after each commit of
 * this process, and when another process may have committed, or the thread finds it at its next poll.
 */
export class ProjectionsInThread implements ProjectionFollower {
  private readonly waiters = new PositionWaiters();
  private thread?: Worker;
  private reached = 0;
  private failure?: Error;

  constructor(private readonly options: ProjectionsInThreadOptions) {}

  async start(): Promise<void> {
    if (this.thread) return;
    this.failure = undefined;
    const config: FollowingThreadConfig = {
      role: FOLLOWING_THREAD_ROLE,
      eventsPath: this.options.eventsPath,
      projectionsPath: this.options.projectionsPath,
      setup: this.options.setup,
      batchSize: this.options.batchSize,
      pollIntervalMs: this.options.pollIntervalMs,
    };
    const sources =
      extname(FOLLOWING_WORKER_FILE) === '.ts' ? compiledSources([FOLLOWING_WORKER_FILE, this.options.setup.module]) : undefined;
    const thread = startThread(FOLLOWING_WORKER_FILE, config, { sources });
    this.thread = thread;
    await new Promise<void>((resolve, reject) => {
      thread.on('message', (message: FromFollowingThread) => {
        if (message.kind === 'started') {
          this.advance(message.position);
          resolve();
        } else if (message.kind === 'advanced') {
          this.advance(message.position);
        } else if (message.kind === 'failed') {
          const error = errorOfThread(message);
          reject(error);
          this.fail(error);
        }
      });
      thread.on('error', (error) => {
        reject(error);
        this.fail(error);
      });
      thread.on('exit', (code) => {
        const error = new Error(`The projections' thread exited (code ${code})`);
        reject(error);
        if (this.thread === thread) this.fail(error);
      });
    });
  }

  async stop(): Promise<void> {
    const thread = this.thread;
    if (!thread) return;
    this.thread = undefined;
    const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
    this.send(thread, { kind: 'stop' });
    await exited;
  }

  /** events were committed (by this process or another): the thread reads them now */
  wake(): void {
    if (this.thread) this.send(this.thread, { kind: 'wake' });
  }

  position(): number {
    return this.reached;
  }

  waitFor(position: number, timeoutMs = this.options.waitTimeoutMs ?? 5_000): Promise<void> {
    if (this.failure && this.reached < position) return Promise.reject(this.failure);
    return this.waiters.wait(position, timeoutMs, () => this.reached);
  }

  private advance(position: number): void {
    this.reached = Math.max(this.reached, position);
    this.waiters.reached(this.reached);
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    // a processor stopped by an error stays stopped until started again: so does its thread
    void this.thread?.terminate();
    this.thread = undefined;
    this.waiters.failAll(error);
    (this.options.onError ?? ((e: unknown) => console.error('Projections thread stopped:', e)))(error);
  }

  private send(thread: Worker, message: ToFollowingThread): void {
    thread.postMessage(message);
  }
}
