import { RuleViolationError } from '../errors/domain-errors';
import { Plan } from '../plan/plan-state';
import { CommandDeciders } from './command-deciders';
import { assertDeliberaUsable } from './delibera-rules';
import { requireVariation } from './lookups';
import { assertEveryCentroSumsTo100 } from './points-rules';
import { requireText } from './text-rules';

/** The Giunta changes an approved plan only through a variation, approved by its own delibera. */
export const variationDeciders: CommandDeciders<'OpenVariation' | 'ApproveVariation'> = {
  OpenVariation: ({ planId, data }, plan) => {
    requireText(data.reason, 'the reason of a variation', 'variation_reason_required');
    assertVariationIdUnused(plan, data.variationId);
    return [{ type: 'VariationOpened', data: { planId, variationId: data.variationId, reason: data.reason } }];
  },

  ApproveVariation: ({ planId, data }, plan, { now }) => {
    assertIsOpenVariation(plan, data.variationId);
    assertEveryCentroSumsTo100(plan);
    assertDeliberaUsable(plan, data.delibera, now);
    return [{ type: 'VariationApproved', data: { planId, variationId: data.variationId, delibera: data.delibera } }];
  },
};

function assertVariationIdUnused(plan: Plan, variationId: string): void {
  if (plan.variations.some((v) => v.variationId === variationId)) {
    throw new RuleViolationError(`variation ${variationId} already exists`, 'variation_id_exists');
  }
}

function assertIsOpenVariation(plan: Plan, variationId: string): void {
  requireVariation(plan, variationId);
  if (plan.openVariationId !== variationId) {
    throw new RuleViolationError(
      `variation ${variationId} is not the open one (open: ${plan.openVariationId ?? 'none'})`,
      'variation_not_open',
    );
  }
}
