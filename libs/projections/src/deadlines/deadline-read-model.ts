import { deadlineStatusOn, type Deadline, type DeadlineStatus } from '@ciclo/domain';
import type { ProjectionDatabase } from '../sqlite/projection-database';

export interface DeadlineFilter {
  /** ente code */
  ente?: string;
  /** person id of an owner */
  owner?: string;
  planId?: string;
  /** as of `today`: `missed` is open with its day passed, `open` is open and still due */
  status?: DeadlineStatus;
  /** due on or after, YYYY-MM-DD */
  from?: string;
  /** due on or before, YYYY-MM-DD */
  to?: string;
}

/** A deadline with the status it has today: `missed` when open and its day has passed. */
export type DeadlineView = Omit<Deadline, 'status'> & { status: DeadlineStatus };

/** Reads the deadlines written by the deadlines projection. */
export class DeadlineReadModel {
  constructor(private readonly db: ProjectionDatabase) {}

  /** Deadlines by due date; `today` (YYYY-MM-DD in the rules' time zone) decides what is missed. */
  list(filter: DeadlineFilter, today: string): DeadlineView[] {
    const conditions: string[] = [];
    const params: string[] = [];
    const where = (condition: string, ...values: string[]) => {
      conditions.push(condition);
      params.push(...values);
    };
    if (filter.ente !== undefined) where('d.ente_code = ?', filter.ente);
    if (filter.planId !== undefined) where('d.plan_id = ?', filter.planId);
    if (filter.owner !== undefined) {
      where('EXISTS (SELECT 1 FROM deadline_owners o WHERE o.owner_id = ? AND o.deadline_id = d.deadline_id)', filter.owner);
    }
    if (filter.from !== undefined) where('d.due_date >= ?', filter.from);
    if (filter.to !== undefined) where('d.due_date <= ?', filter.to);
    if (filter.status === 'open') where("d.status = 'open' AND d.due_date >= ?", today);
    else if (filter.status === 'missed') where("d.status = 'open' AND d.due_date < ?", today);
    else if (filter.status !== undefined) where('d.status = ?', filter.status);
    const sql = `SELECT body FROM deadlines d ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
                 ORDER BY d.due_date, d.deadline_id`;
    return (this.db.statement(sql).all(...params) as { body: string }[]).map((row) => onDay(JSON.parse(row.body), today));
  }

  /** The deadline as stored (`status` never `missed`). */
  get(deadlineId: string): Deadline | undefined {
    const row = this.db.statement('SELECT body FROM deadlines WHERE deadline_id = ?').get(deadlineId) as { body: string } | undefined;
    return row ? (JSON.parse(row.body) as Deadline) : undefined;
  }

  /**
   * Deadlines created, moved, met or cancelled by events after `position`, oldest change first:
   * about `limit` of them, never splitting the deadlines one event changed (they share a position).
   */
  changedAfter(position: number, limit = 1_000): { deadline: Deadline; changedPosition: number }[] {
    const rows = this.db
      .statement(
        `SELECT body, changed_position FROM deadlines
         WHERE changed_position > @after AND changed_position <= COALESCE(
           (SELECT changed_position FROM deadlines WHERE changed_position > @after ORDER BY changed_position LIMIT 1 OFFSET @offset),
           9007199254740991)
         ORDER BY changed_position`,
      )
      .all({ after: position, offset: Math.max(0, limit - 1) }) as { body: string; changed_position: number }[];
    return rows.map((row) => ({ deadline: JSON.parse(row.body) as Deadline, changedPosition: row.changed_position }));
  }

  /** Every open deadline (missed ones included), as stored. */
  open(): Deadline[] {
    const rows = this.db.statement("SELECT body FROM deadlines WHERE status = 'open'").all() as { body: string }[];
    return rows.map((row) => JSON.parse(row.body) as Deadline);
  }

  /** The highest change position written, 0 when there is none. */
  lastChangedPosition(): number {
    const row = this.db.statement('SELECT MAX(changed_position) AS last FROM deadlines').get() as { last: number | null };
    return row.last ?? 0;
  }
}

function onDay(deadline: Deadline, today: string): DeadlineView {
  return { ...deadline, status: deadlineStatusOn(deadline, today) };
}
