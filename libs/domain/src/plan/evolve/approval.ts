import { EventHandlers } from './evolve-handlers';
import { replaceWhere, withEveryCentroApproved } from './plan-updates';

type ApprovalEvents = 'PlanProposed' | 'PlanApproved' | 'VariationOpened' | 'VariationApproved';

export const approvalHandlers: EventHandlers<ApprovalEvents> = {
  PlanProposed: (plan) => ({ ...plan, status: 'proposed' }),

  PlanApproved: (plan, { delibera }, { recordedAt }) => ({
    ...withEveryCentroApproved(plan),
    status: 'approved',
    approval: { delibera, approvedAt: recordedAt },
  }),

  VariationOpened: (plan, { variationId, reason }, { recordedAt }) => ({
    ...plan,
    variations: [...plan.variations, { variationId, reason, openedAt: recordedAt }],
    openVariationId: variationId,
  }),

  // Centri added or changed inside the variation become part of the approved plan with it.
  VariationApproved: (plan, { variationId, delibera }, { recordedAt }) => {
    const { openVariationId: _closed, ...rest } = withEveryCentroApproved(plan);
    return {
      ...rest,
      variations: replaceWhere(
        plan.variations,
        (v) => v.variationId === variationId,
        (variation) => ({ ...variation, delibera, approvedAt: recordedAt }),
      ),
    };
  },
};
