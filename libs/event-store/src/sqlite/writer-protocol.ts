import type { MessagePort } from 'node:worker_threads';
import { AppendResult, ExpectedRevision } from '../port';
import { EncodedAppend } from './append-request';
import { DurabilitySettings } from './connection';

/** What the worker thread needs to open its write connection (sent as workerData). */
export interface WriterThreadConfig {
  role: typeof WRITER_THREAD_ROLE;
  path: string;
  busyTimeoutMs: number;
  groupCommit: boolean;
  /** Int32 slot the worker sets to 1 and notifies once its first message (ready/failed) is posted */
  readySignal: SharedArrayBuffer;
  port: MessagePort;
}

export const WRITER_THREAD_ROLE = 'ciclo-sqlite-writer';

export interface AppendToWrite {
  id: number;
  request: EncodedAppend;
}

/** Appends made in one synchronous burst on the main thread travel as one message. */
export type ToWriter = { kind: 'appends'; appends: AppendToWrite[] } | { kind: 'close' };

export type FromWriter =
  | { kind: 'ready'; settings: DurabilitySettings }
  | { kind: 'failed'; error: WireError }
  /** one per transaction: an outcome per append, or one error for all when the transaction did not commit */
  | { kind: 'batch'; committed: true; outcomes: WireOutcome[] }
  | { kind: 'batch'; committed: false; ids: number[]; error: WireError }
  | { kind: 'closed' };

export type WireOutcome = { id: number; ok: true; result: AppendResult } | { id: number; ok: false; error: WireError };

/**
 * An error as it crosses the thread boundary. A structured clone keeps neither the class nor
 * extra fields such as `code`, so errors travel as plain data and are rebuilt on the main thread.
 */
export type WireError =
  | { kind: 'wrong_expected_revision'; streamName: string; expected: ExpectedRevision; actual: number | 'no_stream' }
  | { kind: 'duplicate_event_id'; eventId: string; streamName: string }
  | { kind: 'busy'; busyTimeoutMs: number; cause: WireError }
  | { kind: 'error'; name: string; message: string; code?: string; stack?: string };
