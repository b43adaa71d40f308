import Database from 'better-sqlite3';
import { WrongExpectedRevisionError } from '../port';
import { DuplicateEventIdError, EventStoreBusyError } from './errors';
import { fromWireError, toWireError } from './wire-errors';

/** What the main thread gets back after the error crossed the thread boundary. */
const acrossThreads = (error: unknown) => fromWireError(structuredClone(toWireError(error)));

describe('errors crossing the writer thread boundary', () => {
  it('a conflict comes back as WrongExpectedRevisionError with the actual revision', () => {
    const error = acrossThreads(new WrongExpectedRevisionError('plan-levate', 3, 5));
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(error).toMatchObject({ streamName: 'plan-levate', expected: 3, actual: 5 });
    expect(acrossThreads(new WrongExpectedRevisionError('plan-x', 'no_stream', 0))).toMatchObject({ expected: 'no_stream', actual: 0 });
  });

  it('a duplicate id and a busy file keep their classes and fields', () => {
    expect(acrossThreads(new DuplicateEventIdError('e1', 'plan-a'))).toEqual(new DuplicateEventIdError('e1', 'plan-a'));
    const busy = acrossThreads(new EventStoreBusyError(150, new Database.SqliteError('database is locked', 'SQLITE_BUSY')));
    expect(busy).toBeInstanceOf(EventStoreBusyError);
    expect(busy).toMatchObject({ busyTimeoutMs: 150, cause: { code: 'SQLITE_BUSY', message: 'database is locked' } });
  });

  it('SQLite errors keep their code, standard errors their class, and the writer thread stack is kept', () => {
    const sqlite = acrossThreads(new Database.SqliteError('FOREIGN KEY constraint failed', 'SQLITE_CONSTRAINT_FOREIGNKEY'));
    expect(sqlite).toBeInstanceOf(Database.SqliteError);
    expect(sqlite).toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY', message: 'FOREIGN KEY constraint failed' });
    const original = new TypeError('Do not know how to serialize a BigInt');
    const typeError = acrossThreads(original);
    expect(typeError).toBeInstanceOf(TypeError);
    expect(typeError.stack).toBe(original.stack);
    const custom = Object.assign(new Error('disk I/O error'), { name: 'IoError', code: 'EIO' });
    expect(acrossThreads(custom)).toMatchObject({ name: 'IoError', code: 'EIO', message: 'disk I/O error' });
    expect(acrossThreads('plain string')).toMatchObject({ message: 'plain string' });
  });
});
