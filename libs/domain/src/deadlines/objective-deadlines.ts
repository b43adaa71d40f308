import { ObjectiveFields } from '../events/plan-events';
import { ObjectiveIndicator } from '../plan/plan-state';
import { Deadline, DeadlineSource } from './deadline';
import { objectiveOwner, segretarioOf } from './deadline-owners';
import { DeadlineRules } from './deadline-rules';
import {
  CalendarObjective,
  cancelledDeadline,
  movedDeadline,
  PlanCalendar,
  withDeadline,
  withObjective,
} from './plan-calendar';

export function objectiveDeadlineId(planId: string, objectiveId: string): string {
  return `${planId}/objective/${objectiveId}`;
}

/** Remembers a drafted objective; inside a variation of an approved plan its deadline opens at once. */
export function objectiveDrafted(
  calendar: PlanCalendar,
  data: { centroId: string; objectiveId: string } & ObjectiveFields,
  rules: DeadlineRules,
  source: DeadlineSource,
): PlanCalendar {
  const objective: CalendarObjective = {
    centroId: data.centroId,
    title: data.title,
    ...indicatorOf(data.indicators),
    ...(data.deadline !== undefined ? { deadline: data.deadline, deadlineSource: source } : {}),
    ...(data.ownerId !== undefined ? { ownerId: data.ownerId } : {}),
    active: true,
    monitored: false,
    consuntivo: false,
  };
  const next = withObjective(calendar, data.objectiveId, objective);
  return next.phase === 'approved' ? openObjectiveDeadline(next, data.objectiveId, rules, [source]) : next;
}

/** A revision inside a variation moves the deadline, renames it or changes its owner. */
export function objectiveRevised(
  calendar: PlanCalendar,
  objectiveId: string,
  changes: Partial<ObjectiveFields>,
  rules: DeadlineRules,
  source: DeadlineSource,
): PlanCalendar {
  const before = calendar.objectives.get(objectiveId);
  if (!before) return calendar;
  const deadlineChanged = changes.deadline !== undefined && changes.deadline !== before.deadline;
  const objective: CalendarObjective = {
    ...before,
    ...(changes.title !== undefined ? { title: changes.title } : {}),
    ...(changes.indicators !== undefined ? indicatorOf(changes.indicators) : {}),
    ...(changes.ownerId !== undefined ? { ownerId: changes.ownerId } : {}),
    ...(deadlineChanged ? { deadline: changes.deadline, deadlineSource: source } : {}),
  };
  const next = withObjective(calendar, objectiveId, objective);
  if (next.phase !== 'approved') return next;
  const existing = next.deadlines.get(objectiveDeadlineId(calendar.planId, objectiveId));
  if (!existing) return openObjectiveDeadline(next, objectiveId, rules, [source]);
  if (existing.status !== 'open') return next;
  const moved = movedDeadline(existing, objective.deadline ?? existing.dueDate, 'variazione del piano', source);
  return withDeadline(next, redescribed(moved, describe(next, objectiveId, rules), source));
}

/** The deadline with the objective's current title, indicator and owner, the revision added to its sources. */
function redescribed(deadline: Deadline, described: ObjectiveDescription, source: DeadlineSource): Deadline {
  const same =
    described.title === deadline.title &&
    described.description === deadline.description &&
    described.owners[0].id === deadline.owners[0]?.id;
  if (same) return deadline;
  const { description: _previous, ...rest } = deadline;
  const sources = deadline.sources.includes(source) ? deadline.sources : [...deadline.sources, source];
  return { ...rest, ...described, sources };
}

export function objectiveWithdrawn(calendar: PlanCalendar, objectiveId: string, source: DeadlineSource): PlanCalendar {
  const objective = calendar.objectives.get(objectiveId);
  if (!objective) return calendar;
  const next = withObjective(calendar, objectiveId, { ...objective, active: false });
  const deadline = next.deadlines.get(objectiveDeadlineId(calendar.planId, objectiveId));
  return deadline ? withDeadline(next, cancelledDeadline(deadline, 'obiettivo ritirato', source)) : next;
}

/** At the approval every active objective with a deadline gets it in the calendar. */
export function openEveryObjectiveDeadline(calendar: PlanCalendar, rules: DeadlineRules, source: DeadlineSource): PlanCalendar {
  let next = calendar;
  for (const [objectiveId, { deadlineSource: drafted }] of calendar.objectives) {
    next = openObjectiveDeadline(next, objectiveId, rules, drafted ? [drafted, source] : [source]);
  }
  return next;
}

export function objectiveDeadlineMoved(
  calendar: PlanCalendar,
  objectiveId: string,
  deadline: string,
  reason: string,
  source: DeadlineSource,
): PlanCalendar {
  const objective = calendar.objectives.get(objectiveId);
  if (!objective) return calendar;
  const next = withObjective(calendar, objectiveId, { ...objective, deadline, deadlineSource: source });
  const existing = next.deadlines.get(objectiveDeadlineId(calendar.planId, objectiveId));
  return existing ? withDeadline(next, movedDeadline(existing, deadline, reason, source)) : next;
}

function openObjectiveDeadline(
  calendar: PlanCalendar,
  objectiveId: string,
  rules: DeadlineRules,
  sources: DeadlineSource[],
): PlanCalendar {
  const objective = calendar.objectives.get(objectiveId)!;
  const deadlineId = objectiveDeadlineId(calendar.planId, objectiveId);
  if (!objective.active || objective.deadline === undefined || calendar.deadlines.has(deadlineId)) return calendar;
  const deadline: Deadline = {
    deadlineId,
    planId: calendar.planId,
    ente: calendar.ente,
    planYear: calendar.year,
    kind: 'objective',
    rule: 'objective',
    ...describe(calendar, objectiveId, rules),
    centroId: objective.centroId,
    objectiveId,
    escalateTo: [segretarioOf(calendar, rules)],
    dueDate: objective.deadline,
    status: 'open',
    moves: [],
    sources,
  };
  return withDeadline(calendar, deadline);
}

type ObjectiveDescription = Pick<Deadline, 'title' | 'description' | 'owners'>;

function describe(calendar: PlanCalendar, objectiveId: string, rules: DeadlineRules): ObjectiveDescription {
  const objective = calendar.objectives.get(objectiveId)!;
  return {
    title: `Obiettivo «${objective.title}»`,
    ...(objective.indicator !== undefined ? { description: objective.indicator } : {}),
    owners: [objectiveOwner(calendar, objectiveId, rules)],
  };
}

function indicatorOf(indicators: ObjectiveIndicator[] | undefined): { indicator?: string } {
  const first = indicators?.[0];
  if (!first) return {};
  return { indicator: first.target ? `${first.description} (obiettivo atteso: ${first.target})` : first.description };
}
