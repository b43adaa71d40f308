import { Centro, Objective, Plan } from '../plan-state';

/**
 * Immutable updates with structural sharing: only the path to the changed thing is copied,
 * so folding a long stream costs a few small array copies per event, never a deep clone.
 */
export function replaceWhere<T>(items: T[], matches: (item: T) => boolean, update: (item: T) => T): T[] {
  const index = items.findIndex(matches);
  if (index < 0) return items;
  const copy = items.slice();
  copy[index] = update(items[index]);
  return copy;
}

export function updateCentro(plan: Plan, centroId: string, update: (centro: Centro) => Centro): Plan {
  return { ...plan, centri: replaceWhere(plan.centri, (c) => c.centroId === centroId, update) };
}

export function updateObjective(
  plan: Plan,
  centroId: string,
  objectiveId: string,
  update: (objective: Objective) => Objective,
): Plan {
  return updateCentro(plan, centroId, (centro) => ({
    ...centro,
    objectives: replaceWhere(centro.objectives, (o) => o.objectiveId === objectiveId, update),
  }));
}

export function updateEveryObjective(plan: Plan, update: (objective: Objective) => Objective): Plan {
  return {
    ...plan,
    centri: plan.centri.map((centro) => ({ ...centro, objectives: centro.objectives.map(update) })),
  };
}

export function withEveryCentroApproved(plan: Plan): Plan {
  return { ...plan, centri: plan.centri.map((centro) => ({ ...centro, status: 'approved' as const })) };
}
