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
      return uniqueById([...calendar.centri.values()].map((centro) => centro.responsabile));
  }
}

/**
 * The owner of an objective's deadline: its `ownerId` (a responsabile of a centro, or a person of
 * the configured contacts), else the responsabile of its centro.
 */
export function objectiveOwner(calendar: PlanCalendar, objectiveId: string, rules: DeadlineRules): DeadlinePerson {
  const objective = calendar.objectives.get(objectiveId)!;
  if (objective.ownerId === undefined) return calendar.centri.get(objective.centroId)!.responsabile;
  const responsabile = [...calendar.centri.values()].find((c) => c.responsabile.id === objective.ownerId)?.responsabile;
  return responsabile ?? rules.contacts.people[objective.ownerId] ?? { id: objective.ownerId, name: objective.ownerId };
}

function uniqueById(people: DeadlinePerson[]): DeadlinePerson[] {
  const seen = new Set<string>();
  return people.filter((person) => !seen.has(person.id) && seen.add(person.id));
}
