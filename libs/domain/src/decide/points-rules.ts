import { RuleViolationError } from '../errors/domain-errors';
import { Centro, Objective, Plan } from '../plan/plan-state';

export function activeObjectives(centro: Centro): Objective[] {
  return centro.objectives.filter((o) => o.status === 'active');
}

export function activePointsSum(centro: Centro): number {
  return activeObjectives(centro).reduce((sum, o) => sum + o.points, 0);
}

/** A centro's points are the 100 its consuntivo can award at most. */
export function assertPointsSumTo100(centro: Centro): void {
  const sum = activePointsSum(centro);
  if (sum !== 100) {
    throw new RuleViolationError(
      `the active objectives of centro ${centro.code} sum to ${sum} points; they must sum to exactly 100`,
      'points_sum_100',
    );
  }
}

/** Centri without objectives (a settore holding its servizi) are containers and carry no points. */
export function centriWithObjectives(plan: Plan): Centro[] {
  return plan.centri.filter((c) => activeObjectives(c).length > 0);
}

export function assertEveryCentroSumsTo100(plan: Plan): void {
  centriWithObjectives(plan).forEach(assertPointsSumTo100);
}
