import { REMINDER_STREAM_CATEGORY } from '@ciclo/domain';
import { ChainVerification, EventStore, StoredEvent, streamName, verifyStreamChain } from '@ciclo/event-store';
import { planStream } from '../command-handling/plan-repository';

/** The ente's register of delibere, as DeliberaRegistryService names it. */
const DELIBERE_CATEGORY = 'delibere';

/** A stream whose hash chain vouches for part of a plan's history, with all of its events. */
export interface PlanChain {
  streamName: string;
  events: StoredEvent[];
}

/**
 * The chains behind a plan, read straight from the store (no read model in between): the plan's
 * own stream, the reminders the worker delivered for it, and the ente's register of delibere,
 * which the plan's approvals and variations draw their numbers from (shared by the ente's plans).
 */
export interface PlanChains {
  planId: string;
  /** undefined only when the plan's first event no longer names an ente (then its own chain shows why) */
  enteCode?: string;
  chains: PlanChain[];
}

export interface PlanAuditVerification {
  planId: string;
  /** every chain is intact */
  intact: boolean;
  chains: ChainVerification[];
}

/** The plan's chains; undefined when no plan has this id. */
export async function readPlanChains(store: EventStore, planId: string): Promise<PlanChains | undefined> {
  if (!planId) return undefined;
  const planStreamName = planStream(planId);
  const planEvents = await store.readStream(planStreamName);
  if (planEvents.length === 0) return undefined;
  const remindersStreamName = streamName(REMINDER_STREAM_CATEGORY, planId);
  const chains: PlanChain[] = [
    { streamName: planStreamName, events: planEvents },
    { streamName: remindersStreamName, events: await store.readStream(remindersStreamName) },
  ];
  const enteCode = enteCodeOf(planEvents[0]);
  if (enteCode === undefined) return { planId, chains };
  const delibereStreamName = streamName(DELIBERE_CATEGORY, enteCode);
  chains.push({ streamName: delibereStreamName, events: await store.readStream(delibereStreamName) });
  return { planId, enteCode, chains };
}

export function verifyPlanChains({ planId, chains }: PlanChains): PlanAuditVerification {
  const verified = chains.map((chain) => verifyStreamChain(chain.events, chain.streamName));
  return { planId, intact: verified.every((chain) => chain.intact), chains: verified };
}

/** Every plan stream opens with PlanCreated, which names the ente; an edited file may say otherwise. */
function enteCodeOf(first: StoredEvent): string | undefined {
  const code = (first.data as { ente?: { code?: unknown } } | null)?.ente?.code;
  return first.type === 'PlanCreated' && typeof code === 'string' && code.length > 0 ? code : undefined;
}
