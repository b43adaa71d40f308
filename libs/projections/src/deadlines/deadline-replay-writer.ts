import type { Deadline } from '@ciclo/domain';
import type { ProjectionDatabase } from '../sqlite/projection-database';
import { DEADLINE_COLUMNS, deadlineRowValues } from './deadline-tables';

const ROWS_PER_INSERT = 100;

/**
 * Writes the deadlines a replay folded into the tables it emptied: plain multi-row INSERTs, no
 * upsert and no owners to delete first. Call flush() before the transaction ends.
 */
export class DeadlineReplayWriter {
  private deadlines: unknown[] = [];
  private owners: string[] = [];

  constructor(private readonly db: ProjectionDatabase) {}

  add(deadline: Deadline): void {
    for (const value of deadlineRowValues(deadline)) this.deadlines.push(value);
    for (const owner of deadline.owners) this.owners.push(owner.id, deadline.deadlineId);
    if (this.deadlines.length >= ROWS_PER_INSERT * 7) this.flush();
  }

  flush(): void {
    insertRows(this.db, `INSERT INTO deadlines ${DEADLINE_COLUMNS} VALUES`, 7, this.deadlines);
    insertRows(this.db, 'INSERT OR IGNORE INTO deadline_owners (owner_id, deadline_id) VALUES', 2, this.owners);
    this.deadlines = [];
    this.owners = [];
  }
}

function insertRows(db: ProjectionDatabase, insert: string, columns: number, values: unknown[]): void {
  if (values.length === 0) return;
  const row = `(${Array.from({ length: columns }, () => '?').join(', ')})`;
  const rows = Array.from({ length: values.length / columns }, () => row).join(', ');
  db.statement(`${insert} ${rows}`).run(values);
}
