import { PlanEvent, PlanEventType } from '../../events/plan-events';
import { Plan } from '../plan-state';

/** Who recorded an event and when: it comes from the stored event's metadata, not from its data. */
export interface EventContext {
  /** ISO timestamp */
  recordedAt: string;
  actorId: string;
}

export type EventData<K extends PlanEventType> = Extract<PlanEvent, { type: K }>['data'];

export type EventHandler<K extends PlanEventType> = (plan: Plan, data: EventData<K>, context: EventContext) => Plan;

/** One handler per event type of an area; the compiler checks that the areas together cover every type. */
export type EventHandlers<K extends PlanEventType> = { [T in K]: EventHandler<T> };
