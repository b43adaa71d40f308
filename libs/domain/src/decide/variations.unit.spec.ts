import { NotFoundError, OutOfOrderError, RuleViolationError } from '../errors/domain-errors';
import { PlanEvent } from '../events/plan-events';
import { given } from '../testing/given-when-then';
import {
  approvedPlanEvents,
  DELIBERA_VARIATION,
  OBJECTIVES,
  openVariationEvents,
  PLAN_ID,
  planCommand,
  SERVIZIO,
  submittedPlanEvents,
  VARIATION_ID,
} from '../testing/plan-fixtures';

const approveVariation = (variationId: string = VARIATION_ID) =>
  planCommand('ApproveVariation', { variationId, delibera: DELIBERA_VARIATION });
const variationApproved: PlanEvent = {
  type: 'VariationApproved',
  data: { planId: PLAN_ID, variationId: VARIATION_ID, delibera: DELIBERA_VARIATION },
};
const revisedPoints = (objectiveId: string, points: number): PlanEvent => ({
  type: 'ObjectiveRevised',
  data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, objectiveId, changes: { points } },
});

describe('variations', () => {
  describe('OpenVariation', () => {
    const open = (variationId: string, reason: string) => planCommand('OpenVariation', { variationId, reason });

    it('opens a variation of the approved plan', () => {
      given(approvedPlanEvents())
        .when(open(VARIATION_ID, 'Nuovo bando PNRR: pesi da rivedere'))
        .then([{ type: 'VariationOpened', data: { planId: PLAN_ID, variationId: VARIATION_ID, reason: 'Nuovo bando PNRR: pesi da rivedere' } }]);
    });

    it('refuses a blank reason', () => {
      expect(given(approvedPlanEvents()).when(open(VARIATION_ID, ' ')).thenThrows(RuleViolationError).rule).toBe('variation_reason_required');
    });

    it('refuses a variation id already used', () => {
      const history = [...openVariationEvents(), variationApproved];
      expect(given(history).when(open(VARIATION_ID, 'Seconda variazione')).thenThrows(RuleViolationError).rule).toBe('variation_id_exists');
    });

    it('is out of order while another variation is open', () => {
      given(openVariationEvents()).when(open('var-2', 'altra')).thenThrows(OutOfOrderError, 'with variation var-2024-1 open');
    });

    it('is out of order before approval', () => {
      given(submittedPlanEvents()).when(open(VARIATION_ID, 'x')).thenThrows(OutOfOrderError, 'while the plan is drafting');
    });
  });

  describe('ApproveVariation', () => {
    it('approves the open variation by delibera', () => {
      given(openVariationEvents()).when(approveVariation()).then([variationApproved]);
    });

    it('approves a variation that moved points between objectives', () => {
      const history = [...openVariationEvents(), revisedPoints(OBJECTIVES.transizioneDigitale, 50), revisedPoints(OBJECTIVES.istruzione, 15)];
      given(history).when(approveVariation()).then([variationApproved]);
    });

    it('refuses a variation that leaves a centro off 100 points', () => {
      const history = [...openVariationEvents(), revisedPoints(OBJECTIVES.transizioneDigitale, 50)];
      const error = given(history).when(approveVariation()).thenThrows(RuleViolationError, 'centro AG sum to 95 points');
      expect(error.rule).toBe('points_sum_100');
    });

    it('reports an unknown variation as not found', () => {
      given(openVariationEvents()).when(approveVariation('var-nope')).thenThrows(NotFoundError, 'variation var-nope');
    });

    it('refuses a variation that is not the open one', () => {
      const history: PlanEvent[] = [
        ...openVariationEvents(),
        variationApproved,
        { type: 'VariationOpened', data: { planId: PLAN_ID, variationId: 'var-2024-2', reason: 'Assestamento di novembre' } },
      ];
      const error = given(history).when(approveVariation(VARIATION_ID)).thenThrows(RuleViolationError, 'open: var-2024-2');
      expect(error.rule).toBe('variation_not_open');
    });

    it('is out of order when no variation is open', () => {
      given(approvedPlanEvents()).when(approveVariation()).thenThrows(OutOfOrderError, /^ApproveVariation is not allowed while the plan is approved; allowed now: OpenVariation/);
    });
  });
});
