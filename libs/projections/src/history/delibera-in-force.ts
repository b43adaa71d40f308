import type { Delibera, Plan } from '@ciclo/domain';
import type { DecodedEvent } from '../processor/projection';

const EVENTS_WITH_OWN_DELIBERA = new Set([
  'PlanApproved',
  'VariationApproved',
  'RelazioneApproved',
  'ObjectiveMilestoneMet',
  'BudgetApprovalRecorded',
]);

/** The event's own delibera, else the act in force when it happened: the latest approved variation, else the approval. */
export function deliberaInForce(event: DecodedEvent, before: Plan | undefined): Delibera | undefined {
  if (EVENTS_WITH_OWN_DELIBERA.has(event.type)) {
    const { delibera: own, act } = event.data as { delibera?: Delibera; act?: Delibera };
    if (act) return act;
    if (own) return own;
  }
  const variations = before?.variations ?? [];
  for (let i = variations.length - 1; i >= 0; i--) {
    const delibera = variations[i].delibera;
    if (delibera) return delibera;
  }
  return before?.approval?.delibera;
}
