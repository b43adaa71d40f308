import { DeadlinePerson } from './deadline';
import { DeadlineRules, OwnerRole } from './deadline-rules';
import { PlanCalendar } from './plan-calendar';

/** The Segretario of the ente, who coordinates the cycle and receives escalations. */
export function segretarioOf(calendar: PlanCalendar, rules: DeadlineRules): DeadlinePerson {
  return rules.contacts.enti[calendar.ente.code]?.segretario ?? rules.contacts.default.segretario;
}

export function ownersByRole(calendar: PlanCalendar, role: OwnerRole, rules: DeadlineRules): DeadlinePerson[] {
  switch (role) {
    case 'segretario':
      return [segretarioOf(calendar, rules)];
    case 'nucleo':
      return [rules.contacts.enti[calendar.ente.code]?.nucleo ?? rules.contacts.default.nucleo];
    case 'responsabili':
      return uniqueById(Object.values(calendar.centri).map((centro) => centro.responsabile));
  }
}

/**
 * The owner of an objective's deadline: its `ownerId` (a responsabile of a centro, or a person of
 * the configured contacts), else the responsabile of its centro.
 */
export function objectiveOwner(calendar: PlanCalendar, objectiveId: string, rules: DeadlineRules): DeadlinePerson {
  const objective = calendar.objectives[objectiveId];
  const centro = calendar.centri[objective.centroId];
  if (objective.ownerId === undefined) return centro.responsabile;
  const responsabile = Object.values(calendar.centri).find((c) => c.responsabile.id === objective.ownerId)?.responsabile;
  return responsabile ?? rules.contacts.people[objective.ownerId] ?? { id: objective.ownerId, name: objective.ownerId };
}

function uniqueById(people: DeadlinePerson[]): DeadlinePerson[] {
  const seen = new Set<string>();
  return people.filter((person) => !seen.has(person.id) && seen.add(person.id));
}
