import { PlanEvent } from '../events/plan-events';
import { Delibera } from '../values/delibera';
import { addDays, dateInYear, italianDate, localDateOf } from './calendar-dates';
import { Deadline, DeadlineMet, DeadlineSource } from './deadline';
import { ownersByRole, segretarioOf } from './deadline-owners';
import { DeadlineRules, MeetingCondition, OpeningMoment, StatutoryRule } from './deadline-rules';
import { metDeadline, movedDeadline, PlanCalendar, reopenedDeadline, withDeadline } from './plan-calendar';

/** Conditions an event reaches and a later event may take back (the Relazione refused by the Nucleo). */
const REACHED_BY_EVENT: ReadonlySet<MeetingCondition> = new Set([
  'plan_approved',
  'consuntivo_validated',
  'relazione_approved',
  'relazione_validated',
]);

export function statutoryDeadlineId(planId: string, rule: StatutoryRule): string {
  return `${planId}/${rule.key}`;
}

/** Opens the statutory deadlines of the rules that open at this moment of the cycle. */
export function openStatutoryDeadlines(
  calendar: PlanCalendar,
  moment: OpeningMoment,
  rules: DeadlineRules,
  source: DeadlineSource,
): PlanCalendar {
  let next = calendar;
  for (const rule of rules.statutory.filter((r) => r.opensWhen === moment)) {
    const deadlineId = statutoryDeadlineId(calendar.planId, rule);
    if (next.deadlines.has(deadlineId)) continue;
    const deadline: Deadline = {
      deadlineId,
      planId: calendar.planId,
      ente: calendar.ente,
      planYear: calendar.year,
      kind: 'statutory',
      rule: rule.key,
      title: fillYear(rule.title, calendar.year),
      ...(rule.description !== undefined ? { description: fillYear(rule.description, calendar.year) } : {}),
      owners: ownersByRole(next, rule.owner, rules),
      escalateTo: [segretarioOf(next, rules)],
      dueDate: statutoryDueDate(rule, next),
      status: 'open',
      moves: [],
      sources: [source],
    };
    next = withDeadline(next, deadline);
  }
  return next;
}

/** The budget's approval date moves the deadlines computed from it (PIAO: budget + 30 days). */
export function applyBudgetApproval(
  calendar: PlanCalendar,
  delibera: Delibera,
  rules: DeadlineRules,
  source: DeadlineSource,
): PlanCalendar {
  let next: PlanCalendar = { ...calendar, budgetApprovalDate: delibera.data };
  const reason = `approvazione del bilancio (delibera di Consiglio n. ${delibera.numero} del ${italianDate(delibera.data)})`;
  for (const rule of rules.statutory.filter((r) => r.afterBudgetApprovalDays !== undefined)) {
    const deadline = next.deadlines.get(statutoryDeadlineId(calendar.planId, rule));
    if (!deadline || deadline.status === 'cancelled') continue;
    next = withDeadline(next, budgetMoved(deadline, statutoryDueDate(rule, next), reason, source));
  }
  return next;
}

/** Also a met deadline takes the date the law gives it, so that whether it was met on time is judged right. */
function budgetMoved(deadline: Deadline, to: string, reason: string, source: DeadlineSource): Deadline {
  if (deadline.status === 'open') return movedDeadline(deadline, to, reason, source);
  if (deadline.dueDate === to || !deadline.met) return deadline;
  return {
    ...deadline,
    dueDate: to,
    met: { ...deadline.met, late: deadline.met.date > to },
    moves: [...deadline.moves, { from: deadline.dueDate, to, reason, eventId: source.eventId }],
    sources: [...deadline.sources, source],
  };
}

/** Owners who are "the responsabili" follow the centri as they are added. */
export function refreshResponsabili(calendar: PlanCalendar, rules: DeadlineRules): PlanCalendar {
  let next = calendar;
  for (const rule of rules.statutory.filter((r) => r.owner === 'responsabili')) {
    const deadline = next.deadlines.get(statutoryDeadlineId(calendar.planId, rule));
    if (deadline?.status === 'open') next = withDeadline(next, { ...deadline, owners: ownersByRole(next, 'responsabili', rules) });
  }
  return next;
}

/**
 * Meets every open statutory deadline whose condition now holds, by the event that made it hold;
 * opens again a met one whose condition was taken back.
 */
export function settleStatutoryDeadlines(
  calendar: PlanCalendar,
  event: PlanEvent,
  rules: DeadlineRules,
  source: DeadlineSource,
): PlanCalendar {
  let next = calendar;
  for (const rule of rules.statutory) {
    const deadline = next.deadlines.get(statutoryDeadlineId(calendar.planId, rule));
    if (!deadline) continue;
    const holds = conditionHolds(next, rule.metWhen);
    if (deadline.status === 'open' && holds) {
      next = withDeadline(next, metDeadline(deadline, meeting(event, source, rules), source));
    } else if (deadline.status === 'met' && !holds && REACHED_BY_EVENT.has(rule.metWhen)) {
      next = withDeadline(next, reopenedDeadline(deadline, source));
    }
  }
  return next;
}

function conditionHolds(calendar: PlanCalendar, condition: MeetingCondition): boolean {
  if (REACHED_BY_EVENT.has(condition)) return calendar.reached.includes(condition);
  const done = condition === 'every_objective_monitored' ? 'monitored' : 'consuntivo';
  let active = 0;
  for (const objective of calendar.objectives.values()) {
    if (!objective.active) continue;
    if (!objective[done]) return false;
    active++;
  }
  return active > 0;
}

/** The day a deadline was met: the date of the act that met it, else the day the event was recorded. */
export function meeting(event: PlanEvent, source: DeadlineSource, rules: DeadlineRules): Omit<DeadlineMet, 'late'> {
  const base = { eventId: source.eventId, type: event.type };
  switch (event.type) {
    case 'PlanApproved':
    case 'RelazioneApproved':
      return { ...base, date: event.data.delibera.data, act: event.data.delibera };
    case 'ObjectiveMilestoneMet':
      return { ...base, date: event.data.act.data, act: event.data.act };
    case 'ConsuntivoValidated':
      return { ...base, date: event.data.verbale.data };
    case 'RelazioneValidated':
      return { ...base, date: event.data.documento.data };
    default:
      return { ...base, date: localDateOf(source.recordedAt, rules.timeZone) };
  }
}

function statutoryDueDate(rule: StatutoryRule, calendar: PlanCalendar): string {
  if (rule.afterBudgetApprovalDays !== undefined && calendar.budgetApprovalDate !== undefined) {
    return addDays(calendar.budgetApprovalDate, rule.afterBudgetApprovalDays);
  }
  return dateInYear(calendar.year + rule.due.yearOffset, rule.due.month, rule.due.day);
}

function fillYear(text: string, year: number): string {
  return text.replaceAll('{year}', String(year)).replaceAll('{nextYear}', String(year + 1));
}
