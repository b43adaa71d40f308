import { DeadlinePerson } from './deadline';

/**
 * The rules of the calendar and the reminder policy, as configuration (config/deadline-rules.json):
 * the code knows the vocabulary (when a deadline opens, what meets it, who owns it), the file says
 * which deadlines an ente has, their dates, and when reminders go out.
 */
export const OPENING_MOMENTS = ['plan_created', 'plan_approved'] as const;
export type OpeningMoment = (typeof OPENING_MOMENTS)[number];

export const MEETING_CONDITIONS = [
  'plan_approved',
  'every_objective_monitored',
  'every_consuntivo_recorded',
  'consuntivo_validated',
  'relazione_approved',
  'relazione_validated',
] as const;
export type MeetingCondition = (typeof MEETING_CONDITIONS)[number];

export const OWNER_ROLES = ['segretario', 'nucleo', 'responsabili'] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

export interface StatutoryRule {
  /** part of the deadline id: keep it stable */
  key: string;
  /** Italian; `{year}` and `{nextYear}` are replaced by the plan's year and the one after */
  title: string;
  description?: string;
  owner: OwnerRole;
  opensWhen: OpeningMoment;
  due: { month: number; day: number; yearOffset: number };
  /** when the budget approval is recorded, due this many days after its date instead */
  afterBudgetApprovalDays?: number;
  metWhen: MeetingCondition;
}

export interface ReminderPolicy {
  /** reminders to the owners this many days before the due date, e.g. [30, 7, 1] */
  daysBefore: number[];
  onTheDay: boolean;
  /** local time (HH:MM, in `timeZone`) at which reminders go out */
  sendAt: string;
  /** to the Segretario while overdue: first this many days after the due date, then every `everyDays` */
  escalation: { firstAfterDays: number; everyDays: number };
}

export interface EnteContacts {
  segretario?: DeadlinePerson;
  nucleo?: DeadlinePerson;
}

export interface DeadlineRules {
  timeZone: string;
  statutory: StatutoryRule[];
  procedural: { resubmission: { title: string; withinDays: number } };
  reminders: ReminderPolicy;
  contacts: {
    default: Required<EnteContacts>;
    /** by ente code */
    enti: Record<string, EnteContacts>;
    /** objective owners (`ownerId`) who are not responsabile of a centro */
    people: Record<string, DeadlinePerson>;
  };
}
