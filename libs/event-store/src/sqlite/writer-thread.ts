import type Database from 'better-sqlite3';
import { isMainThread, MessagePort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { writeBatch } from './batch-transaction';
import { durabilitySettings, openConnection } from './connection';
import { EventStoreBusyError, isSqliteBusy } from './errors';
import { Statements } from './statements';
import { toWireError } from './wire-errors';
import { AppendToWrite, FromWriter, ToWriter, WRITER_THREAD_ROLE, WriterThreadConfig } from './writer-protocol';

/** This file, as it will be loaded: `.ts` under ts-node/jest, `.js` in the compiled build. */
export const WRITER_THREAD_FILE = __filename;

/**
 * The body of the writer thread. It owns the write connection. While it is inside a transaction
 * (and COMMIT's fsync) new requests wait in its message port; the next batch takes all of them:
 * group commit that needs no timer, because the main thread never waits for the disk.
 */
function runWriterThread(config: WriterThreadConfig): void {
  const { port } = config;
  const post = (message: FromWriter) => port.postMessage(message);
  let db: Database.Database;
  try {
    db = openConnection(config.path, config.busyTimeoutMs);
    post({ kind: 'ready', settings: durabilitySettings(db) });
  } catch (error) {
    post({ kind: 'failed', error: toWireError(error) });
    port.close();
    return;
  } finally {
    const signal = new Int32Array(config.readySignal);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  }
  const statements = new Statements(db);

  const writeAll = (appends: AppendToWrite[]) => {
    const batches = config.groupCommit ? [appends] : appends.map((append) => [append]);
    for (const batch of batches) post(commitBatch(db, statements, batch, config.busyTimeoutMs));
  };

  port.on('message', (first: ToWriter) => {
    let message: ToWriter | undefined = first;
    while (message) {
      const batch: AppendToWrite[] = [];
      while (message?.kind === 'appends') {
        batch.push(...message.appends);
        message = receiveMessageOnPort(port)?.message as ToWriter | undefined;
      }
      if (batch.length > 0) writeAll(batch);
      if (message?.kind === 'close') {
        // the main thread sends nothing after 'close', so everything before it has been written
        db.close();
        post({ kind: 'closed' });
        port.close();
        return;
      }
      // more may have arrived during the COMMIT: they form the next batch
      message = receiveMessageOnPort(port)?.message as ToWriter | undefined;
    }
  });
}

function commitBatch(db: Database.Database, statements: Statements, batch: AppendToWrite[], busyTimeoutMs: number): FromWriter {
  try {
    const outcomes = writeBatch(
      db,
      statements,
      batch.map((append) => append.request),
    );
    return {
      kind: 'batch',
      committed: true,
      outcomes: outcomes.map((outcome, i) =>
        outcome.ok ? { id: batch[i].id, ok: true, result: outcome.result } : { id: batch[i].id, ok: false, error: toWireError(outcome.error) },
      ),
    };
  } catch (error) {
    const reported = isSqliteBusy(error) ? new EventStoreBusyError(busyTimeoutMs, error) : error;
    return { kind: 'batch', committed: false, ids: batch.map((append) => append.id), error: toWireError(reported) };
  }
}

if (!isMainThread && (workerData as Partial<WriterThreadConfig> | null)?.role === WRITER_THREAD_ROLE) {
  runWriterThread(workerData as WriterThreadConfig);
}
