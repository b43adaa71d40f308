import { Delibera } from '../values/delibera';

/**
 * One deadline of the calendar: statutory (from the plan's year and the rules in configuration),
 * set by an objective of the plan (a milestone), or procedural (a returned centro waits for
 * resubmission). Built from events only; `sources` names them.
 */
export type DeadlineKind = 'statutory' | 'objective' | 'procedural';

/** As stored. `missed` is not stored: it is an open deadline whose day has passed (see deadlineStatusOn). */
export type StoredDeadlineStatus = 'open' | 'met' | 'cancelled';
export type DeadlineStatus = StoredDeadlineStatus | 'missed';
export const DEADLINE_STATUSES: readonly DeadlineStatus[] = ['open', 'met', 'missed', 'cancelled'];

/** An event the deadline came from: created, moved, met or cancelled it. */
export interface DeadlineSource {
  eventId: string;
  type: string;
  position: number;
  recordedAt: string;
}

/** Who is reminded: an owner, or the Segretario an overdue deadline escalates to. */
export interface DeadlinePerson {
  id: string;
  name: string;
  /** without it the person gets the in-app inbox only */
  email?: string;
}

export interface DeadlineMove {
  from: string;
  to: string;
  reason: string;
  eventId: string;
}

export interface DeadlineMet {
  eventId: string;
  type: string;
  /** the day it was met: the act's date when an act met it, YYYY-MM-DD */
  date: string;
  act?: Delibera;
  /** met after its due date */
  late: boolean;
}

export interface Deadline {
  /** `<planId>/<rule>`, `<planId>/objective/<objectiveId>`, `<planId>/resubmission/<centroId>/<n>` */
  deadlineId: string;
  planId: string;
  ente: { code: string; name: string };
  planYear: number;
  kind: DeadlineKind;
  /** the rule's key (`piao`, `monitoring`, ...), `objective` or `resubmission` */
  rule: string;
  /** what it is, in Italian */
  title: string;
  description?: string;
  centroId?: string;
  objectiveId?: string;
  owners: DeadlinePerson[];
  escalateTo: DeadlinePerson[];
  /** YYYY-MM-DD: due by the end of this day, in the rules' time zone */
  dueDate: string;
  status: StoredDeadlineStatus;
  met?: DeadlineMet;
  cancelled?: { eventId: string; type: string; reason: string };
  moves: DeadlineMove[];
  sources: DeadlineSource[];
}
