import { NotFoundError, OutOfOrderError, RuleViolationError } from '../errors/domain-errors';
import { PlanEvent } from '../events/plan-events';
import { given } from '../testing/given-when-then';
import {
  approvedPlanEvents,
  closedPlanEvents,
  consuntivoStartedEvents,
  DELIBERA_28,
  DELIBERA_BILANCIO,
  DELIBERA_PDS,
  draftingPlanEvents,
  OBJECTIVES,
  openVariationEvents,
  PLAN_ID,
  planCommand,
  proposedPlanEvents,
  SERVIZIO,
} from '../testing/plan-fixtures';

const centroId = SERVIZIO.centroId;
const istruzione = OBJECTIVES.istruzione;

const recordMilestone = (act = DELIBERA_PDS, objectiveId: string = istruzione) =>
  planCommand('RecordMilestone', { objectiveId, act });
const milestoneMet = (act = DELIBERA_PDS): PlanEvent => ({
  type: 'ObjectiveMilestoneMet',
  data: { planId: PLAN_ID, centroId, objectiveId: istruzione, act },
});
const moveDeadline = (deadline: string, reason = 'Consiglio convocato a novembre') =>
  planCommand('MoveDeadline', { objectiveId: istruzione, deadline, reason });
const deadlineMoved = (deadline: string, previousDeadline = '2024-10-31'): PlanEvent => ({
  type: 'ObjectiveDeadlineMoved',
  data: { planId: PLAN_ID, centroId, objectiveId: istruzione, deadline, previousDeadline, reason: 'Consiglio convocato a novembre' },
});
const recordBudget = (delibera = DELIBERA_BILANCIO) => planCommand('RecordBudgetApproval', { delibera });
const budgetRecorded = (delibera = DELIBERA_BILANCIO): PlanEvent => ({
  type: 'BudgetApprovalRecorded',
  data: { planId: PLAN_ID, delibera },
});

describe('deadlines', () => {
  describe('RecordMilestone', () => {
    it('records the Consiglio delibera that approves the PDS as the milestone of the Istruzione objective', () => {
      given(approvedPlanEvents()).when(recordMilestone()).then([milestoneMet()]);
    });

    it('records it inside a variation and during the consuntivo', () => {
      given(openVariationEvents()).when(recordMilestone()).then([milestoneMet()]);
      given(consuntivoStartedEvents()).when(recordMilestone()).then([milestoneMet()]);
    });

    it('keeps the act on the objective', () => {
      const plan = given([...approvedPlanEvents(), milestoneMet()]).state!;
      const objective = plan.centri.flatMap((c) => c.objectives).find((o) => o.objectiveId === istruzione)!;
      expect(objective.milestone).toEqual({ act: DELIBERA_PDS, recordedAt: '2024-01-15T09:00:00.000Z' });
    });

    it('refuses a second milestone for the same objective', () => {
      const error = given([...approvedPlanEvents(), milestoneMet()])
        .when(recordMilestone({ ...DELIBERA_PDS, numero: 42 }))
        .thenThrows(RuleViolationError, /already met by delibera 41 del 2024-10-24/);
      expect(error.rule).toBe('milestone_already_met');
    });

    it('refuses an objective without a deadline', () => {
      const error = given(approvedPlanEvents())
        .when(recordMilestone(DELIBERA_PDS, OBJECTIVES.tempiPagamento))
        .thenThrows(RuleViolationError);
      expect(error.rule).toBe('objective_without_deadline');
    });

    it('refuses a delibera dated after today', () => {
      const error = given(approvedPlanEvents())
        .when(recordMilestone(), { now: '2024-10-20T09:00:00.000Z' })
        .thenThrows(RuleViolationError);
      expect(error.rule).toBe('delibera_in_future');
    });

    it('refuses a delibera the plan already cites', () => {
      const error = given(approvedPlanEvents()).when(recordMilestone(DELIBERA_28)).thenThrows(RuleViolationError);
      expect(error.rule).toBe('delibera_already_used');
    });

    it('refuses a withdrawn objective', () => {
      const withdrawn: PlanEvent = { type: 'ObjectiveWithdrawn', data: { planId: PLAN_ID, centroId, objectiveId: istruzione } };
      const error = given([...openVariationEvents(), withdrawn]).when(recordMilestone()).thenThrows(RuleViolationError);
      expect(error.rule).toBe('objective_not_active');
    });

    it('reports an unknown objective as not found', () => {
      given(approvedPlanEvents()).when(recordMilestone(DELIBERA_PDS, 'obj-nope')).thenThrows(NotFoundError);
    });

    it('is out of order before the plan is approved and once it is closed', () => {
      given(proposedPlanEvents()).when(recordMilestone()).thenThrows(OutOfOrderError, 'RecordMilestone is not allowed while the plan is proposed');
      given(closedPlanEvents()).when(recordMilestone()).thenThrows(OutOfOrderError, 'allowed now: none');
    });
  });

  describe('MoveDeadline', () => {
    it('moves the deadline, keeping the previous one and the reason', () => {
      given(approvedPlanEvents()).when(moveDeadline('2024-11-15')).then([deadlineMoved('2024-11-15')]);
    });

    it('moves it again from where the last move left it', () => {
      given([...approvedPlanEvents(), deadlineMoved('2024-11-15')])
        .when(moveDeadline('2024-11-30'))
        .then([deadlineMoved('2024-11-30', '2024-11-15')]);
    });

    it('changes the objective the plan shows', () => {
      const plan = given([...approvedPlanEvents(), deadlineMoved('2024-11-15')]).state!;
      expect(plan.centri.flatMap((c) => c.objectives).find((o) => o.objectiveId === istruzione)?.deadline).toBe('2024-11-15');
    });

    it('appends nothing when the deadline is the same', () => {
      given(approvedPlanEvents()).when(moveDeadline('2024-10-31')).then([]);
    });

    it('needs a reason and a real date', () => {
      expect(given(approvedPlanEvents()).when(moveDeadline('2024-11-15', '  ')).thenThrows(RuleViolationError).rule).toBe(
        'deadline_move_reason_required',
      );
      expect(given(approvedPlanEvents()).when(moveDeadline('2024-11-31')).thenThrows(RuleViolationError).rule).toBe('deadline_invalid');
    });

    it('refuses to move a deadline whose milestone is met', () => {
      const error = given([...approvedPlanEvents(), milestoneMet()]).when(moveDeadline('2024-11-15')).thenThrows(RuleViolationError);
      expect(error.rule).toBe('milestone_already_met');
    });

    it('refuses an objective without a deadline', () => {
      const error = given(approvedPlanEvents())
        .when(planCommand('MoveDeadline', { objectiveId: OBJECTIVES.anticorruzione, deadline: '2024-12-31', reason: 'x' }))
        .thenThrows(RuleViolationError);
      expect(error.rule).toBe('objective_without_deadline');
    });

    it('is out of order while the plan is drafted (a revision changes the deadline then)', () => {
      given(draftingPlanEvents()).when(moveDeadline('2024-11-15')).thenThrows(OutOfOrderError);
    });
  });

  describe('RecordBudgetApproval', () => {
    it('records the Consiglio delibera approving the budget, while drafting, proposed or approved', () => {
      given(draftingPlanEvents()).when(recordBudget()).then([budgetRecorded()]);
      given(proposedPlanEvents()).when(recordBudget()).then([budgetRecorded()]);
      given(approvedPlanEvents()).when(recordBudget()).then([budgetRecorded()]);
      given(openVariationEvents()).when(recordBudget()).then([budgetRecorded()]);
    });

    it('keeps it on the plan', () => {
      expect(given([...draftingPlanEvents(), budgetRecorded()]).state!.budgetApproval).toEqual({
        delibera: DELIBERA_BILANCIO,
        recordedAt: '2024-01-15T09:00:00.000Z',
      });
    });

    it('refuses a delibera of the Giunta', () => {
      const error = given(draftingPlanEvents())
        .when(recordBudget({ organo: 'giunta', numero: 9, data: '2024-03-14' }))
        .thenThrows(RuleViolationError);
      expect(error.rule).toBe('budget_needs_consiglio');
    });

    it('records it once', () => {
      const error = given([...draftingPlanEvents(), budgetRecorded()])
        .when(recordBudget({ ...DELIBERA_BILANCIO, numero: 10 }))
        .thenThrows(RuleViolationError);
      expect(error.rule).toBe('budget_approval_already_recorded');
    });

    it('refuses a delibera already cited by the plan, e.g. as a milestone', () => {
      const error = given([...approvedPlanEvents(), milestoneMet(DELIBERA_BILANCIO)])
        .when(recordBudget())
        .thenThrows(RuleViolationError);
      expect(error.rule).toBe('delibera_already_used');
    });

    it('is out of order at the consuntivo', () => {
      given(consuntivoStartedEvents()).when(recordBudget()).thenThrows(OutOfOrderError);
    });
  });
});
