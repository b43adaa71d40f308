import type Database from 'better-sqlite3';
import { appendInTransaction } from './append-in-transaction';
import { AppendOutcome, EncodedAppend } from './append-request';
import { Statements } from './statements';

/**
 * Writes a batch of appends in one BEGIN IMMEDIATE ... COMMIT, each inside its own savepoint: a
 * conflicting append rolls back only itself, and one fsync serves the whole batch.
 * Throws when the batch as a whole did not commit: then none of its appends may be acknowledged.
 */
export function writeBatch(db: Database.Database, statements: Statements, batch: EncodedAppend[]): AppendOutcome[] {
  statements.begin.run();
  try {
    const outcomes = batch.map((request) => appendInSavepoint(db, statements, request));
    statements.commit.run();
    return outcomes;
  } catch (error) {
    // A failed COMMIT (e.g. SQLITE_BUSY) can leave the transaction open.
    if (db.inTransaction) statements.rollback.run();
    throw error;
  }
}

function appendInSavepoint(db: Database.Database, statements: Statements, request: EncodedAppend): AppendOutcome {
  statements.savepoint.run();
  try {
    const result = appendInTransaction(statements, request);
    statements.releaseSavepoint.run();
    return { ok: true, result };
  } catch (error) {
    // Some errors (I/O, disk full) end the whole transaction: then the batch fails as a whole.
    if (!db.inTransaction) throw error;
    statements.rollbackToSavepoint.run();
    statements.releaseSavepoint.run();
    return { ok: false, error };
  }
}
