import { NotFoundError, OutOfOrderError, RuleViolationError } from '../errors/domain-errors';
import { given } from '../testing/given-when-then';
import {
  approvedPlanEvents,
  closedPlanEvents,
  DELIBERA_28,
  draftingPlanEvents,
  INDICATOR_PROTOCOLLI_ENTRATA,
  LEVATE,
  objectiveDrafted,
  openVariationEvents,
  PLAN_ID,
  planCommand,
  planCreated,
  proposedPlanEvents,
  SERVIZIO,
  SETTORE,
  submittedPlanEvents,
} from '../testing/plan-fixtures';

describe('plan lifecycle', () => {
  describe('CreatePlan', () => {
    const create = (year: number, triennio: [number, number]) => planCommand('CreatePlan', { ente: LEVATE, year, triennio });

    it('creates the plan', () => {
      given([]).when(create(2024, [2024, 2026])).then([planCreated()]);
    });

    it('accepts a plan year at the end of its triennio', () => {
      given([]).when(create(2026, [2024, 2026])).then([planCreated({ year: 2026 })]);
    });

    it('refuses to create a plan that exists', () => {
      const error = given([planCreated()]).when(create(2024, [2024, 2026])).thenThrows(RuleViolationError, PLAN_ID);
      expect(error.rule).toBe('plan_exists');
    });

    it('refuses a year outside the triennio', () => {
      const error = given([]).when(create(2027, [2024, 2026])).thenThrows(RuleViolationError, '2027 is outside the triennio 2024-2026');
      expect(error.rule).toBe('year_outside_triennio');
    });

    it('refuses a triennio that does not span three years', () => {
      const error = given([]).when(create(2024, [2024, 2025])).thenThrows(RuleViolationError, 'three years');
      expect(error.rule).toBe('triennio_three_years');
    });

    it('refuses an ente without a code', () => {
      const command = planCommand('CreatePlan', { ente: { ...LEVATE, code: '  ' }, year: 2024, triennio: [2024, 2026] });
      expect(given([]).when(command).thenThrows(RuleViolationError).rule).toBe('ente_code_required');
    });
  });

  it('reports a command against a plan that does not exist as not found', () => {
    given([]).when(planCommand('ProposePlan', {})).thenThrows(NotFoundError, `plan ${PLAN_ID} not found`);
  });

  describe('ProposePlan', () => {
    it('proposes a plan whose centri with objectives are all submitted; the settore without objectives does not block', () => {
      given(submittedPlanEvents()).when(planCommand('ProposePlan', {})).then([{ type: 'PlanProposed', data: { planId: PLAN_ID } }]);
    });

    it('refuses when no centro has been submitted', () => {
      const error = given(draftingPlanEvents()).when(planCommand('ProposePlan', {})).thenThrows(RuleViolationError);
      expect(error.rule).toBe('no_centro_submitted');
    });

    it('refuses while a centro with objectives is still open, naming it', () => {
      const events = [
        ...submittedPlanEvents(),
        { type: 'CentroAdded' as const, data: { planId: PLAN_ID, centroId: 'centro-cultura', code: 'CULT', name: 'Cultura', kind: 'attivita' as const, parentCode: SETTORE.code, responsabile: { id: 'p2', name: 'Anna Rota', email: 'a@levate.example' } } },
        objectiveDrafted({ centroId: 'centro-cultura', objectiveId: 'obj-eventi', points: 100 }),
      ];
      const error = given(events).when(planCommand('ProposePlan', {})).thenThrows(RuleViolationError, 'still open: CULT (draft)');
      expect(error.rule).toBe('centri_not_submitted');
    });

    it('is out of order once the plan is proposed', () => {
      given(proposedPlanEvents())
        .when(planCommand('ProposePlan', {}))
        .thenThrows(OutOfOrderError, 'ProposePlan is not allowed while the plan is proposed; allowed now: ReturnCentro, ApprovePlan');
    });
  });

  describe('ApprovePlan', () => {
    it('approves the proposed plan by delibera', () => {
      given(proposedPlanEvents())
        .when(planCommand('ApprovePlan', { delibera: DELIBERA_28 }), { now: '2024-04-09T16:00:00.000Z' })
        .then([{ type: 'PlanApproved', data: { planId: PLAN_ID, delibera: DELIBERA_28 } }]);
    });

    it('is out of order while the plan is drafting, listing what is allowed', () => {
      const error = given(submittedPlanEvents())
        .when(planCommand('ApprovePlan', { delibera: DELIBERA_28 }))
        .thenThrows(OutOfOrderError, /^ApprovePlan is not allowed while the plan is drafting; allowed now: AddCentro, .*, ProposePlan, RecordBudgetApproval$/);
      expect(error.allowedCommands).toContain('SubmitCentro');
      expect(error.currentState).toBe('drafting');
    });
  });

  describe('StartConsuntivo', () => {
    it('starts the consuntivo of an approved plan', () => {
      given(approvedPlanEvents()).when(planCommand('StartConsuntivo', {})).then([{ type: 'ConsuntivoStarted', data: { planId: PLAN_ID } }]);
    });

    it('is out of order while a variation is open', () => {
      given(openVariationEvents())
        .when(planCommand('StartConsuntivo', {}))
        .thenThrows(OutOfOrderError, 'while the plan is approved with variation var-2024-1 open');
    });

    it('is out of order before approval', () => {
      given(proposedPlanEvents()).when(planCommand('StartConsuntivo', {})).thenThrows(OutOfOrderError, 'while the plan is proposed');
    });
  });

  it('allows nothing once the plan is closed, not even an actual measurement', () => {
    const error = given(closedPlanEvents())
      .when(planCommand('RecordIndicatorValue', { centroId: SERVIZIO.centroId, indicatorId: INDICATOR_PROTOCOLLI_ENTRATA, year: 2024, value: { kind: 'count', value: 5000 } }))
      .thenThrows(OutOfOrderError, 'RecordIndicatorValue is not allowed while the plan is closed; allowed now: none');
    expect(error.allowedCommands).toEqual([]);
  });
});
