import type { DeadlineRules } from '@ciclo/domain';
import { DeadlinesProjection } from '../deadlines/deadlines-projection';
import { NotificationsProjection } from '../notifications/notifications-projection';
import type { Projection } from '../processor/projection';
import type { ProjectionSetup } from '../threads/projection-setup';
import { PlanProjection } from './plan-projection';

export interface PlanProjectionsOptions {
  /** with the rules, the deadline calendar and the reminders inbox are projected too */
  deadlineRules?: DeadlineRules;
}

/** The projections the API follows and the rebuild CLI replays. */
export function createPlanProjections(options: PlanProjectionsOptions = {}): Projection[] {
  const projections: Projection[] = [new PlanProjection()];
  if (options.deadlineRules) projections.push(new DeadlinesProjection(options.deadlineRules), new NotificationsProjection());
  return projections;
}

/** How a replay thread of a parallel rebuild creates the same projections (see ParallelReplayOptions). */
export function planProjectionsSetup(options: PlanProjectionsOptions = {}): ProjectionSetup {
  return { module: __filename, factory: createPlanProjections.name, options };
}
