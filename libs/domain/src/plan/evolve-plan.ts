import { PlanCreated, PlanEvent, PlanEventType } from '../events/plan-events';
import { activityHandlers } from './evolve/activities';
import { approvalHandlers } from './evolve/approval';
import { centroHandlers } from './evolve/centri';
import { consuntivoHandlers } from './evolve/consuntivo';
import { deadlineHandlers } from './evolve/deadlines';
import { EventContext, EventHandler, EventHandlers } from './evolve/evolve-handlers';
import { objectiveHandlers } from './evolve/objectives';
import { relazioneHandlers } from './evolve/relazione';
import { Plan } from './plan-state';

export type { EventContext } from './evolve/evolve-handlers';

const handlers: EventHandlers<Exclude<PlanEventType, 'PlanCreated'>> = {
  ...centroHandlers,
  ...activityHandlers,
  ...objectiveHandlers,
  ...approvalHandlers,
  ...consuntivoHandlers,
  ...relazioneHandlers,
  ...deadlineHandlers,
};

/**
 * The plan after one more event. Pure and immutable: the result shares every part the event did
 * not touch with `state`, so projections can fold millions of events with it.
 */
export function evolvePlan(state: Plan | undefined, event: PlanEvent, context: EventContext): Plan {
  if (event.type === 'PlanCreated') return createdPlan(event.data, state);
  if (!state) throw new Error(`${event.type} cannot be applied to a plan that was never created`);
  const handle = handlers[event.type] as EventHandler<typeof event.type>;
  return { ...handle(state, event.data as never, context), revision: state.revision + 1 };
}

function createdPlan({ planId, ente, year, triennio }: PlanCreated['data'], previous: Plan | undefined): Plan {
  return {
    planId,
    ente,
    year,
    triennio,
    status: 'drafting',
    centri: [],
    variations: [],
    revision: (previous?.revision ?? -1) + 1,
  };
}
