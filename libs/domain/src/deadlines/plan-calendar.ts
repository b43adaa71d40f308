import { Deadline, DeadlineMet, DeadlineSource, DeadlinePerson } from './deadline';
import { MeetingCondition } from './deadline-rules';

/** What the calendar remembers of an objective: enough to place, move and settle its deadline. */
export interface CalendarObjective {
  centroId: string;
  title: string;
  /** the first indicator, with its target: what meeting the deadline means */
  indicator?: string;
  deadline?: string;
  ownerId?: string;
  active: boolean;
  monitored: boolean;
  consuntivo: boolean;
  /** the event that set the current deadline */
  deadlineSource?: DeadlineSource;
}

export interface CalendarCentro {
  code: string;
  name: string;
  responsabile: DeadlinePerson;
  /** how many times the Segretario returned it: numbers its resubmission deadlines */
  returns: number;
}

/**
 * The deadline calendar of one plan, folded from its events by `evolveCalendar`. It keeps only
 * the facts deadlines depend on, so folding it is cheap next to folding the whole plan.
 */
export interface PlanCalendar {
  planId: string;
  ente: { code: string; name: string };
  year: number;
  phase: 'drafting' | 'approved' | 'closed';
  budgetApprovalDate?: string;
  /** conditions reached by an event (the computed ones, e.g. every objective monitored, are not listed) */
  reached: MeetingCondition[];
  /**
   * Maps, not records keyed by id: each plan has ids of its own, and every copy of a record with
   * new keys made V8 build new hidden classes (~14 µs per copy of a plan's objectives in a rebuild,
   * against ~2 µs for a Map). Stored as records: see deadline-tables.
   */
  centri: ReadonlyMap<string, CalendarCentro>;
  objectives: ReadonlyMap<string, CalendarObjective>;
  deadlines: ReadonlyMap<string, Deadline>;
}

export function withDeadline(calendar: PlanCalendar, deadline: Deadline): PlanCalendar {
  return { ...calendar, deadlines: new Map(calendar.deadlines).set(deadline.deadlineId, deadline) };
}

export function withObjective(calendar: PlanCalendar, objectiveId: string, objective: CalendarObjective): PlanCalendar {
  return { ...calendar, objectives: new Map(calendar.objectives).set(objectiveId, objective) };
}

export function withCentro(calendar: PlanCalendar, centroId: string, centro: CalendarCentro): PlanCalendar {
  return { ...calendar, centri: new Map(calendar.centri).set(centroId, centro) };
}

export function movedDeadline(deadline: Deadline, to: string, reason: string, source: DeadlineSource): Deadline {
  if (deadline.status !== 'open' || deadline.dueDate === to) return deadline;
  return {
    ...deadline,
    dueDate: to,
    moves: [...deadline.moves, { from: deadline.dueDate, to, reason, eventId: source.eventId }],
    sources: [...deadline.sources, source],
  };
}

export function metDeadline(deadline: Deadline, met: Omit<DeadlineMet, 'late'>, source: DeadlineSource): Deadline {
  if (deadline.status !== 'open') return deadline;
  return {
    ...deadline,
    status: 'met',
    met: { ...met, late: met.date > deadline.dueDate },
    sources: [...deadline.sources, source],
  };
}

export function cancelledDeadline(deadline: Deadline, reason: string, source: DeadlineSource): Deadline {
  if (deadline.status !== 'open') return deadline;
  return {
    ...deadline,
    status: 'cancelled',
    cancelled: { eventId: source.eventId, type: source.type, reason },
    sources: [...deadline.sources, source],
  };
}

/** Open again, e.g. the Relazione the Nucleo refused must be approved again. */
export function reopenedDeadline(deadline: Deadline, source: DeadlineSource): Deadline {
  if (deadline.status !== 'met') return deadline;
  const { met: _met, ...rest } = deadline;
  return { ...rest, status: 'open', sources: [...deadline.sources, source] };
}
