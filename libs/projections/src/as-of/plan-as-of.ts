import { evolvePlan, type Plan, type PlanEvent } from '@ciclo/domain';
import type { EventStore } from '@ciclo/event-store';
import { planStreamName } from '../plan-projection/plan-stream';
import { decodeStoredEvent } from '../processor/decode-stored-event';
import type { PlanView } from '../read-models/read-model-types';
import { asOfCutoff, type AsOf } from './as-of-cutoff';

/**
 * The plan as it stood at a past moment, folded from its own stream: e.g. "as approved by
 * Delibera 28" is asOf the position of its PlanApproved. Undefined when the plan did not exist yet.
 */
export async function planAsOf(store: EventStore, planId: string, asOf: AsOf): Promise<PlanView | undefined> {
  const happened = asOfCutoff(asOf);
  let plan: Plan | undefined;
  let last: { position: number; recordedAt: string } | undefined;
  for (const stored of await store.readStream(planStreamName(planId))) {
    const { recordedAt, actorId } = stored.metadata;
    // a state is always a prefix of the stream: the first event past the cutoff ends it
    if (!happened(stored.position, recordedAt)) break;
    plan = evolvePlan(plan, decodeStoredEvent(stored) as PlanEvent, { recordedAt, actorId });
    last = { position: stored.position, recordedAt };
  }
  return plan && last ? { ...plan, position: last.position, updatedAt: last.recordedAt } : undefined;
}
