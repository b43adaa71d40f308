import { Deadline, DeadlineStatus } from './deadline';

/**
 * The status a deadline has on a day: an open deadline whose due date is behind `today` is missed.
 * `today` is the day in the rules' time zone (localDateOf(clock, timeZone)), handed in by the caller.
 */
export function deadlineStatusOn(deadline: Pick<Deadline, 'status' | 'dueDate'>, today: string): DeadlineStatus {
  return deadline.status === 'open' && today > deadline.dueDate ? 'missed' : deadline.status;
}
