import { addDays, localDateOf } from './calendar-dates';
import { Deadline, DeadlineSource } from './deadline';
import { segretarioOf } from './deadline-owners';
import { DeadlineRules } from './deadline-rules';
import { metDeadline, PlanCalendar, withCentro, withDeadline } from './plan-calendar';

export function resubmissionDeadlineId(planId: string, centroId: string, returnNumber: number): string {
  return `${planId}/resubmission/${centroId}/${returnNumber}`;
}

/** A centro returned by the Segretario waits for the responsabile to send it again within the configured days. */
export function centroReturned(
  calendar: PlanCalendar,
  centroId: string,
  notes: string,
  rules: DeadlineRules,
  source: DeadlineSource,
): PlanCalendar {
  const centro = calendar.centri.get(centroId);
  if (!centro) return calendar;
  const returns = centro.returns + 1;
  const { title, withinDays } = rules.procedural.resubmission;
  const deadline: Deadline = {
    deadlineId: resubmissionDeadlineId(calendar.planId, centroId, returns),
    planId: calendar.planId,
    ente: calendar.ente,
    planYear: calendar.year,
    kind: 'procedural',
    rule: 'resubmission',
    title: title.replaceAll('{centro}', centro.name),
    description: `Note del Segretario: ${notes}`,
    centroId,
    owners: [centro.responsabile],
    escalateTo: [segretarioOf(calendar, rules)],
    dueDate: addDays(localDateOf(source.recordedAt, rules.timeZone), withinDays),
    status: 'open',
    moves: [],
    sources: [source],
  };
  return withDeadline(withCentro(calendar, centroId, { ...centro, returns }), deadline);
}

export function centroSubmitted(calendar: PlanCalendar, centroId: string, rules: DeadlineRules, source: DeadlineSource): PlanCalendar {
  const centro = calendar.centri.get(centroId);
  if (!centro || centro.returns === 0) return calendar;
  const deadline = calendar.deadlines.get(resubmissionDeadlineId(calendar.planId, centroId, centro.returns));
  if (!deadline) return calendar;
  const date = localDateOf(source.recordedAt, rules.timeZone);
  return withDeadline(calendar, metDeadline(deadline, { eventId: source.eventId, type: source.type, date }, source));
}
