import { NotFoundError } from '../errors/domain-errors';
import { Activity, ActivityIndicator, Centro, Objective, Plan, Variation } from '../plan/plan-state';

export function requireCentro(plan: Plan, centroId: string): Centro {
  const centro = plan.centri.find((c) => c.centroId === centroId);
  if (!centro) throw new NotFoundError(`centro ${centroId} not found in plan ${plan.planId}`);
  return centro;
}

export function findCentroByCode(plan: Plan, code: string): Centro | undefined {
  return plan.centri.find((c) => c.code === code);
}

export function findObjective(plan: Plan, objectiveId: string): { centro: Centro; objective: Objective } | undefined {
  for (const centro of plan.centri) {
    const objective = centro.objectives.find((o) => o.objectiveId === objectiveId);
    if (objective) return { centro, objective };
  }
  return undefined;
}

export function requireObjective(plan: Plan, objectiveId: string): { centro: Centro; objective: Objective } {
  const found = findObjective(plan, objectiveId);
  if (!found) throw new NotFoundError(`objective ${objectiveId} not found in plan ${plan.planId}`);
  return found;
}

export function requireActivity(centro: Centro, activityId: string): Activity {
  const activity = centro.activities.find((a) => a.activityId === activityId);
  if (!activity) throw new NotFoundError(`activity ${activityId} not found in centro ${centro.code}`);
  return activity;
}

export function requireIndicator(centro: Centro, indicatorId: string): ActivityIndicator {
  const indicator = centro.indicators.find((i) => i.indicatorId === indicatorId);
  if (!indicator) throw new NotFoundError(`indicator ${indicatorId} not found in centro ${centro.code}`);
  return indicator;
}

export function requireVariation(plan: Plan, variationId: string): Variation {
  const variation = plan.variations.find((v) => v.variationId === variationId);
  if (!variation) throw new NotFoundError(`variation ${variationId} not found in plan ${plan.planId}`);
  return variation;
}
