import type { MessagePort, Worker } from 'node:worker_threads';
import { AppendResult } from '../port';
import { AppendRequest, encodeAppendRequest } from './append-request';
import { AppendWriter, WriterOptions } from './append-writer';
import { DurabilitySettings } from './connection';
import { fromWireError } from './wire-errors';
import { AppendToWrite, FromWriter, ToWriter } from './writer-protocol';
import { startWriterThread } from './writer-thread-startup';
import { WriteCounters, WriteStats } from './write-stats';

interface PendingAppend {
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/**
 * The 'thread' write path: a worker thread owns the write connection and does the group commit,
 * so the fsync of each COMMIT no longer stalls this thread's event loop (HTTP, projections).
 * Appends are posted once per synchronous burst; results come back one message per transaction.
 */
export class ThreadedWriter implements AppendWriter {
  private readonly pending = new Map<number, PendingAppend>();
  /** appends of the current synchronous burst, posted together from a microtask (no timer, no added latency) */
  private outbox: AppendToWrite[] = [];
  private readonly counters = new WriteCounters();
  private nextId = 1;
  private failure: Error | null = null;
  private closing: Promise<void> | null = null;
  private onClosed: (() => void) | null = null;

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    private readonly settings: DurabilitySettings,
    private readonly options: WriterOptions,
  ) {
    port.on('message', (message: FromWriter) => this.receive(message));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`The event store writer thread exited (code ${code})`)));
    this.holdProcess(false);
  }

  static start(path: string, options: WriterOptions): ThreadedWriter {
    const { worker, port, settings } = startWriterThread(path, options);
    return new ThreadedWriter(worker, port, settings, options);
  }

  get stats(): WriteStats {
    return this.counters.snapshot();
  }

  durabilitySettings(): DurabilitySettings {
    return { ...this.settings };
  }

  enqueue(request: AppendRequest): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      let append: AppendToWrite;
      try {
        append = { id: this.nextId++, request: encodeAppendRequest(request) };
      } catch (error) {
        this.counters.appendsRejected();
        return reject(error);
      }
      this.pending.set(append.id, { resolve, reject });
      if (this.pending.size === 1) this.holdProcess(true);
      this.outbox.push(append);
      if (this.outbox.length === 1) queueMicrotask(() => this.postOutbox());
    });
  }

  private postOutbox(): void {
    if (this.outbox.length === 0 || this.failure) return;
    const appends = this.outbox;
    this.outbox = [];
    try {
      this.port.postMessage({ kind: 'appends', appends } satisfies ToWriter);
    } catch (error) {
      // something in the burst cannot be cloned (e.g. a symbol as event id): none of it was sent
      this.counters.appendsRejected(appends.length);
      for (const { id } of appends) this.take(id)?.reject(error);
    }
  }

  /** Messages are ordered: 'close' reaches the thread after every append posted before it. */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    if (!this.failure) {
      this.postOutbox();
      this.holdProcess(true);
      const closed = new Promise<void>((resolve) => (this.onClosed = resolve));
      this.port.postMessage({ kind: 'close' } satisfies ToWriter);
      await closed;
    }
    this.failure ??= new Error('The event store writer is closed');
    this.port.close();
    await this.worker.terminate();
  }

  private receive(message: FromWriter): void {
    if (message.kind === 'closed') {
      this.onClosed?.();
      return;
    }
    if (message.kind !== 'batch') return;
    if (message.committed) {
      this.counters.committedBatch(message.outcomes.length);
      for (const outcome of message.outcomes) {
        const pending = this.take(outcome.id);
        if (outcome.ok) {
          this.counters.appendCommitted();
          pending?.resolve(outcome.result);
        } else {
          this.counters.appendsRejected();
          pending?.reject(fromWireError(outcome.error));
        }
      }
      this.options.onCommitted();
    } else {
      // one error object per append: callers may annotate what they catch
      this.counters.appendsRejected(message.ids.length);
      for (const id of message.ids) this.take(id)?.reject(fromWireError(message.error));
    }
  }

  private take(id: number): PendingAppend | undefined {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    if (this.pending.size === 0 && !this.closing) this.holdProcess(false);
    return pending;
  }

  /** The thread dies (crash, termination): nothing in flight can be acknowledged any more. */
  private fail(error: Error): void {
    this.failure ??= error;
    this.outbox = [];
    const pending = [...this.pending.values()];
    this.pending.clear();
    this.counters.appendsRejected(pending.length);
    for (const append of pending) append.reject(this.failure);
    this.onClosed?.();
    this.holdProcess(false);
  }

  /** Like a plain connection, an idle writer does not keep the process alive; a pending append does. */
  private holdProcess(hold: boolean): void {
    if (hold) {
      this.worker.ref();
      this.port.ref();
    } else {
      this.worker.unref();
      this.port.unref();
    }
  }
}
