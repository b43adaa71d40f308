import { addDays, zonedInstant } from './calendar-dates';
import { Deadline } from './deadline';
import { ReminderPolicy } from './deadline-rules';

/** Owners are reminded before the due date; the Segretario is told while it is overdue. */
export type ReminderAudience = 'owners' | 'escalation';

export interface ReminderPoint {
  /** `before-30d`, `on-day`, `escalation-1`, ... */
  kind: string;
  audience: ReminderAudience;
  /** ISO timestamp (UTC) */
  fireAt: string;
}

/**
 * The reminders of a due date that come after `after`: the policy's days before and the day
 * itself, then only the next escalation (each escalation, once delivered, makes room for the next).
 */
export function reminderPointsAfter(dueDate: string, policy: ReminderPolicy, timeZone: string, after: string): ReminderPoint[] {
  const at = (date: string) => zonedInstant(date, policy.sendAt, timeZone);
  const { firstAfterDays, everyDays } = policy.escalation;
  let n = 1;
  let escalation = at(addDays(dueDate, firstAfterDays));
  while (escalation <= after) {
    n += 1;
    escalation = at(addDays(dueDate, firstAfterDays + (n - 1) * everyDays));
  }
  return [
    ...beforeDuePoints(dueDate, policy, timeZone).filter((point) => point.fireAt > after),
    { kind: `escalation-${n}`, audience: 'escalation', fireAt: escalation },
  ];
}

/** The points up to the due date depend on it and on the policy alone: thousands of deadlines share a few hundred days. */
const beforeDueCache = new WeakMap<ReminderPolicy, Map<string, readonly ReminderPoint[]>>();

function beforeDuePoints(dueDate: string, policy: ReminderPolicy, timeZone: string): readonly ReminderPoint[] {
  let byDay = beforeDueCache.get(policy);
  if (!byDay) beforeDueCache.set(policy, (byDay = new Map()));
  const key = `${timeZone}|${dueDate}`;
  let points = byDay.get(key);
  if (!points) {
    const at = (date: string) => zonedInstant(date, policy.sendAt, timeZone);
    const list: ReminderPoint[] = [...new Set(policy.daysBefore)]
      .sort((a, b) => b - a)
      .map((days) => ({ kind: `before-${days}d`, audience: 'owners' as const, fireAt: at(addDays(dueDate, -days)) }));
    if (policy.onTheDay) list.push({ kind: 'on-day', audience: 'owners', fireAt: at(dueDate) });
    points = list;
    if (byDay.size > 20_000) byDay.clear();
    byDay.set(key, points);
  }
  return points;
}

/** What should be waiting in the queue for a deadline now: nothing once it is met or cancelled. */
export function pendingReminders(
  deadline: Pick<Deadline, 'status' | 'dueDate'>,
  policy: ReminderPolicy,
  timeZone: string,
  now: string,
): ReminderPoint[] {
  return deadline.status === 'open' ? reminderPointsAfter(deadline.dueDate, policy, timeZone, now) : [];
}

/**
 * Deterministic: the same deadline, reminder and instant always name the same job, so a replayed
 * event or a restarted worker finds the job there instead of adding a second one. BullMQ refuses
 * ':' in custom ids, hence the compact instant (20241001T0700Z).
 */
export function reminderJobId(deadlineId: string, point: Pick<ReminderPoint, 'kind' | 'fireAt'>): string {
  const t = point.fireAt; // YYYY-MM-DDTHH:MM:SS.sssZ
  const seconds = t.slice(17, 19);
  const compact = `${t.slice(0, 4)}${t.slice(5, 7)}${t.slice(8, 10)}T${t.slice(11, 13)}${t.slice(14, 16)}${seconds === '00' ? '' : seconds}Z`;
  return `reminder/${deadlineId}/${point.kind}/${compact}`;
}
