import { extname } from 'node:path';
import { MessageChannel, MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { DurabilitySettings } from './connection';
import { fromWireError } from './wire-errors';
import { FromWriter, WRITER_THREAD_ROLE, WriterThreadConfig } from './writer-protocol';
import { WRITER_THREAD_FILE } from './writer-thread';

/** How long open() waits for the writer thread to open its connection (a cold ts-node start on a busy machine is slow). */
const STARTUP_TIMEOUT_MS = 60_000;

/** Running from TypeScript source (jest, ts-node), the thread must compile its file as well. */
const TS_EXEC_ARGV = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];

export type WriterThreadSettings = Pick<WriterThreadConfig, 'busyTimeoutMs' | 'groupCommit'>;

export interface StartedWriterThread {
  worker: Worker;
  /** this side of the channel the thread reads appends from and posts results to */
  port: MessagePort;
  /** as the thread read them back from its connection right after setting them */
  settings: DurabilitySettings;
}

/**
 * Starts the thread and waits, blocking, until it has opened the file and verified WAL +
 * synchronous=FULL on its connection, so that SqliteEventStore.open() stays synchronous and
 * still fails at once when the writer cannot open the file.
 */
export function startWriterThread(path: string, { busyTimeoutMs, groupCommit }: WriterThreadSettings): StartedWriterThread {
  const { port1, port2 } = new MessageChannel();
  const readySignal = new SharedArrayBuffer(4);
  // only data goes to the thread: the caller's options also hold callbacks, which cannot be cloned
  const config: WriterThreadConfig = { role: WRITER_THREAD_ROLE, path, busyTimeoutMs, groupCommit, readySignal, port: port2 };
  const worker = new Worker(WRITER_THREAD_FILE, {
    workerData: config,
    transferList: [port2],
    execArgv: extname(WRITER_THREAD_FILE) === '.ts' ? TS_EXEC_ARGV : [],
  });
  const giveUp = (error: Error) => {
    void worker.terminate();
    port1.close();
    return error;
  };
  if (Atomics.wait(new Int32Array(readySignal), 0, 0, STARTUP_TIMEOUT_MS) === 'timed-out') {
    throw giveUp(new Error(`The event store writer thread did not open ${path} within ${STARTUP_TIMEOUT_MS} ms`));
  }
  // posted before the signal was set, so it is already in the port's queue
  const first = receiveMessageOnPort(port1)?.message as FromWriter | undefined;
  if (first?.kind === 'failed') throw giveUp(fromWireError(first.error));
  if (first?.kind !== 'ready') throw giveUp(new Error('The event store writer thread did not start'));
  return { worker, port: port1, settings: first.settings };
}
