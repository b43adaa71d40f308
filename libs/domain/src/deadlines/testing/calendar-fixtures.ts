import { PlanEvent } from '../../events/plan-events';
import { DeadlineSource } from '../deadline';
import { DeadlineRules } from '../deadline-rules';
import { evolveCalendar } from '../evolve-calendar';
import { parseDeadlineRules } from '../parse-deadline-rules';
import { PlanCalendar } from '../plan-calendar';
import shippedRules from '../../../../../config/deadline-rules.json';

/** The rules the product ships (config/deadline-rules.json). */
export function levateRules(): DeadlineRules {
  return parseDeadlineRules(JSON.parse(JSON.stringify(shippedRules)));
}

export interface TimedEvent {
  event: PlanEvent;
  /** ISO timestamp the event was recorded at (default 2024-01-15T09:00:00.000Z) */
  at?: string;
}

/** Folds events as the projection would, each with a source named after its place: `event-1`, `event-2`, ... */
export function foldCalendar(events: (PlanEvent | TimedEvent)[], rules = levateRules()): PlanCalendar | undefined {
  return events.reduce<PlanCalendar | undefined>((calendar, item, index) => {
    const { event, at } = 'event' in item ? item : { event: item, at: undefined };
    return evolveCalendar(calendar, event, sourceOf(event, index + 1, at), rules);
  }, undefined);
}

export function sourceOf(event: PlanEvent, position: number, at = '2024-01-15T09:00:00.000Z'): DeadlineSource {
  return { eventId: `event-${position}`, type: event.type, position, recordedAt: at };
}
