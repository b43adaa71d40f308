import type { Projection } from '../processor/projection';
import { PlanProjection } from './plan-projection';

/** The projections the API follows and the rebuild CLI replays. */
export function createPlanProjections(): Projection[] {
  return [new PlanProjection()];
}
