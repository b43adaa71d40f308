import { PlanEvent, PlanEventType } from '../events/plan-events';
import { DeadlineSource } from './deadline';
import { DeadlineRules, MeetingCondition } from './deadline-rules';
import {
  objectiveDeadlineMoved,
  objectiveDeadlineId,
  objectiveDrafted,
  objectiveRevised,
  objectiveWithdrawn,
  openEveryObjectiveDeadline,
} from './objective-deadlines';
import { cancelledDeadline, metDeadline, PlanCalendar, withCentro, withDeadline, withObjective } from './plan-calendar';
import { centroReturned, centroSubmitted } from './procedural-deadlines';
import {
  applyBudgetApproval,
  meeting,
  openStatutoryDeadlines,
  refreshResponsabili,
  settleStatutoryDeadlines,
} from './statutory-deadlines';

/** The plan events the calendar depends on; the others leave it as it is. */
export const CALENDAR_EVENT_TYPES: ReadonlySet<PlanEventType> = new Set<PlanEventType>([
  'PlanCreated',
  'CentroAdded',
  'ObjectiveDrafted',
  'ObjectiveRevised',
  'ObjectiveWithdrawn',
  'CentroReturned',
  'CentroSubmitted',
  'PlanApproved',
  'MonitoringRecorded',
  'ConsuntivoRecorded',
  'ConsuntivoValidated',
  'RelazioneApproved',
  'RelazioneRefused',
  'RelazioneValidated',
  'ObjectiveMilestoneMet',
  'ObjectiveDeadlineMoved',
  'BudgetApprovalRecorded',
]);

/**
 * The plan's deadline calendar after one more event: deadlines appear, move, are met or are
 * cancelled. Pure; `source` says which stored event this is, so each deadline names the events it
 * came from. Deadlines that did not change keep their identity (the projection writes only the others).
 */
export function evolveCalendar(
  calendar: PlanCalendar | undefined,
  event: PlanEvent,
  source: DeadlineSource,
  rules: DeadlineRules,
): PlanCalendar | undefined {
  if (event.type === 'PlanCreated') {
    const { planId, ente, year } = event.data;
    const created: PlanCalendar = {
      planId,
      ente: { code: ente.code, name: ente.name },
      year,
      phase: 'drafting',
      reached: [],
      centri: new Map(),
      objectives: new Map(),
      deadlines: new Map(),
    };
    return openStatutoryDeadlines(created, 'plan_created', rules, source);
  }
  if (!calendar || !CALENDAR_EVENT_TYPES.has(event.type)) return calendar;
  const next = applyEvent(calendar, event, source, rules);
  const settled = settleStatutoryDeadlines(next, event, rules, source);
  return event.type === 'RelazioneValidated' ? closed(settled, source) : settled;
}

function applyEvent(calendar: PlanCalendar, event: PlanEvent, source: DeadlineSource, rules: DeadlineRules): PlanCalendar {
  switch (event.type) {
    case 'CentroAdded': {
      const { centroId, code, name, responsabile } = event.data;
      const centro = { code, name, responsabile: { ...responsabile }, returns: 0 };
      return refreshResponsabili(withCentro(calendar, centroId, centro), rules);
    }
    case 'ObjectiveDrafted':
      return objectiveDrafted(calendar, event.data, rules, source);
    case 'ObjectiveRevised':
      return objectiveRevised(calendar, event.data.objectiveId, event.data.changes, rules, source);
    case 'ObjectiveWithdrawn':
      return objectiveWithdrawn(calendar, event.data.objectiveId, source);
    case 'CentroReturned':
      return centroReturned(calendar, event.data.centroId, event.data.notes, rules, source);
    case 'CentroSubmitted':
      return centroSubmitted(calendar, event.data.centroId, rules, source);
    case 'PlanApproved': {
      const approved = reach({ ...calendar, phase: 'approved' }, 'plan_approved');
      return openEveryObjectiveDeadline(openStatutoryDeadlines(approved, 'plan_approved', rules, source), rules, source);
    }
    case 'MonitoringRecorded':
    case 'ConsuntivoRecorded': {
      const objective = calendar.objectives.get(event.data.objectiveId);
      if (!objective) return calendar;
      const field = event.type === 'MonitoringRecorded' ? 'monitored' : 'consuntivo';
      return objective[field] ? calendar : withObjective(calendar, event.data.objectiveId, { ...objective, [field]: true });
    }
    case 'ConsuntivoValidated':
      return reach(calendar, 'consuntivo_validated');
    case 'RelazioneApproved':
      return reach(calendar, 'relazione_approved');
    case 'RelazioneRefused':
      return { ...calendar, reached: calendar.reached.filter((c) => c !== 'relazione_approved') };
    case 'RelazioneValidated':
      return reach(calendar, 'relazione_validated');
    case 'ObjectiveMilestoneMet': {
      const deadline = calendar.deadlines.get(objectiveDeadlineId(calendar.planId, event.data.objectiveId));
      return deadline ? withDeadline(calendar, metDeadline(deadline, meeting(event, source, rules), source)) : calendar;
    }
    case 'ObjectiveDeadlineMoved':
      return objectiveDeadlineMoved(calendar, event.data.objectiveId, event.data.deadline, event.data.reason, source);
    case 'BudgetApprovalRecorded':
      return applyBudgetApproval(calendar, event.data.delibera, rules, source);
    default:
      return calendar;
  }
}

function reach(calendar: PlanCalendar, condition: MeetingCondition): PlanCalendar {
  return calendar.reached.includes(condition) ? calendar : { ...calendar, reached: [...calendar.reached, condition] };
}

/** The Nucleo validated the Relazione: the plan is closed, and what is still open will never be due. */
function closed(calendar: PlanCalendar, source: DeadlineSource): PlanCalendar {
  let next: PlanCalendar = { ...calendar, phase: 'closed' };
  for (const deadline of calendar.deadlines.values()) {
    if (deadline.status === 'open') {
      next = withDeadline(next, cancelledDeadline(deadline, 'piano chiuso con la validazione della Relazione', source));
    }
  }
  return next;
}
