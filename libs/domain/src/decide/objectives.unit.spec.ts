import { DraftObjective } from '../commands/plan-commands';
import { NotFoundError, OutOfOrderError, RuleViolationError } from '../errors/domain-errors';
import { PlanEvent } from '../events/plan-events';
import { given } from '../testing/given-when-then';
import {
  approvedPlanEvents,
  draftingPlanEvents,
  OBJECTIVES,
  objectiveDrafted,
  openVariationEvents,
  PLAN_ID,
  planCommand,
  proposedPlanEvents,
  SERVIZIO,
  submittedPlanEvents,
} from '../testing/plan-fixtures';

const centroId = SERVIZIO.centroId;
const withdrawnIstruzione: PlanEvent = {
  type: 'ObjectiveWithdrawn',
  data: { planId: PLAN_ID, centroId, objectiveId: OBJECTIVES.istruzione },
};

/** The history before the four Levate objectives were drafted. */
const beforeObjectives = () => draftingPlanEvents().filter((e) => e.type !== 'ObjectiveDrafted');

function draft(overrides: Partial<DraftObjective['data']> = {}): DraftObjective {
  const { planId: _planId, ...data } = objectiveDrafted().data;
  return planCommand('DraftObjective', { ...data, ...overrides });
}

describe('objectives', () => {
  describe('DraftObjective', () => {
    it('drafts an objective', () => {
      given(beforeObjectives()).when(draft()).then([objectiveDrafted()]);
    });

    it('drafts an objective without sub-measures as having none', () => {
      const { measures: _measures, ...withoutMeasures } = draft().data;
      given(beforeObjectives())
        .when(planCommand('DraftObjective', withoutMeasures))
        .then([objectiveDrafted({ measures: [] })]);
    });

    it('keeps the deadline and the staff the objective applies to', () => {
      given(beforeObjectives())
        .when(draft({ deadline: '2024-10-31', appliesTo: 'Ufficio scuola' }))
        .then([objectiveDrafted({ deadline: '2024-10-31', appliesTo: 'Ufficio scuola' })]);
    });

    it('drafts an objective inside an open variation', () => {
      given(openVariationEvents())
        .when(draft({ objectiveId: 'obj-nuovo', points: 5 }))
        .then([objectiveDrafted({ objectiveId: 'obj-nuovo', points: 5 })]);
    });

    it.each([0, 101, 12.5])('refuses %s points', (points) => {
      const error = given(beforeObjectives()).when(draft({ points })).thenThrows(RuleViolationError, 'integer from 1 to 100');
      expect(error.rule).toBe('points_out_of_range');
    });

    it('refuses an objective without indicators', () => {
      const error = given(beforeObjectives()).when(draft({ indicators: [] })).thenThrows(RuleViolationError, 'at least one indicator');
      expect(error.rule).toBe('objective_needs_indicator');
    });

    it('refuses an indicator with a blank description', () => {
      const error = given(beforeObjectives()).when(draft({ indicators: [{ description: ' ' }] })).thenThrows(RuleViolationError);
      expect(error.rule).toBe('indicator_description_required');
    });

    it('refuses an objective without reference years', () => {
      expect(given(beforeObjectives()).when(draft({ referenceYears: [] })).thenThrows(RuleViolationError).rule).toBe('reference_years_required');
    });

    it('refuses an objective id already used in the plan', () => {
      expect(given(draftingPlanEvents()).when(draft()).thenThrows(RuleViolationError).rule).toBe('objective_id_exists');
    });

    it('refuses a blank title', () => {
      expect(given(beforeObjectives()).when(draft({ title: '\t' })).thenThrows(RuleViolationError).rule).toBe('objective_title_required');
    });

    it('refuses a deadline that is not a date', () => {
      expect(given(beforeObjectives()).when(draft({ deadline: 'entro ottobre 2024' })).thenThrows(RuleViolationError).rule).toBe('deadline_invalid');
    });

    it('is out of order on a submitted centro', () => {
      given(submittedPlanEvents()).when(draft({ objectiveId: 'obj-nuovo' })).thenThrows(OutOfOrderError, 'centro AG is submitted');
    });

    it('is out of order in an approved plan without a variation', () => {
      given(approvedPlanEvents())
        .when(draft({ objectiveId: 'obj-nuovo' }))
        .thenThrows(OutOfOrderError, 'nothing in an approved plan changes except inside an open variation');
    });
  });

  describe('ReviseObjective', () => {
    const revise = (changes: object, objectiveId: string = OBJECTIVES.istruzione) =>
      planCommand('ReviseObjective', { objectiveId, changes });

    it('records only the fields whose value changes', () => {
      given(draftingPlanEvents())
        .when(revise({ title: 'Istruzione', points: 15, deadline: '2024-11-30', referenceYears: [2024] }))
        .then([{ type: 'ObjectiveRevised', data: { planId: PLAN_ID, centroId, objectiveId: OBJECTIVES.istruzione, changes: { points: 15, deadline: '2024-11-30' } } }]);
    });

    it('compares lists by content: equal indicators are not a change', () => {
      given(draftingPlanEvents())
        .when(revise({ points: 10, indicators: objectiveDrafted().data.indicators }, OBJECTIVES.transizioneDigitale))
        .then([{ type: 'ObjectiveRevised', data: { planId: PLAN_ID, centroId, objectiveId: OBJECTIVES.transizioneDigitale, changes: { points: 10 } } }]);
    });

    it('produces nothing when nothing changes', () => {
      given(draftingPlanEvents()).when(revise({ points: 55, indicators: objectiveDrafted().data.indicators }, OBJECTIVES.transizioneDigitale)).then([]);
    });

    it('revises an objective of an approved plan inside a variation', () => {
      given(openVariationEvents())
        .when(revise({ points: 20 }))
        .then([{ type: 'ObjectiveRevised', data: { planId: PLAN_ID, centroId, objectiveId: OBJECTIVES.istruzione, changes: { points: 20 } } }]);
    });

    it('refuses to leave the objective without indicators', () => {
      expect(given(draftingPlanEvents()).when(revise({ indicators: [] })).thenThrows(RuleViolationError).rule).toBe('objective_needs_indicator');
    });

    it('refuses points out of range', () => {
      expect(given(draftingPlanEvents()).when(revise({ points: 0 })).thenThrows(RuleViolationError).rule).toBe('points_out_of_range');
    });

    it('refuses to revise a withdrawn objective', () => {
      const error = given([...draftingPlanEvents(), withdrawnIstruzione]).when(revise({ points: 20 })).thenThrows(RuleViolationError, 'withdrawn');
      expect(error.rule).toBe('objective_not_active');
    });

    it('reports an unknown objective as not found', () => {
      given(draftingPlanEvents()).when(revise({ points: 20 }, 'obj-nope')).thenThrows(NotFoundError, 'objective obj-nope');
    });

    it('is out of order on a submitted centro', () => {
      given(submittedPlanEvents()).when(revise({ points: 20 })).thenThrows(OutOfOrderError, 'centro AG is submitted');
    });
  });

  describe('WithdrawObjective', () => {
    it('withdraws an active objective, with its reason', () => {
      given(draftingPlanEvents())
        .when(planCommand('WithdrawObjective', { objectiveId: OBJECTIVES.istruzione, reason: 'Competenza passata al settore scuola' }))
        .then([{ type: 'ObjectiveWithdrawn', data: { planId: PLAN_ID, centroId, objectiveId: OBJECTIVES.istruzione, reason: 'Competenza passata al settore scuola' } }]);
    });

    it('withdraws without a reason', () => {
      given(draftingPlanEvents()).when(planCommand('WithdrawObjective', { objectiveId: OBJECTIVES.istruzione })).then([withdrawnIstruzione]);
    });

    it('refuses to withdraw twice', () => {
      const error = given([...draftingPlanEvents(), withdrawnIstruzione])
        .when(planCommand('WithdrawObjective', { objectiveId: OBJECTIVES.istruzione }))
        .thenThrows(RuleViolationError);
      expect(error.rule).toBe('objective_not_active');
    });

    it('reports an unknown objective as not found', () => {
      given(draftingPlanEvents()).when(planCommand('WithdrawObjective', { objectiveId: 'obj-nope' })).thenThrows(NotFoundError);
    });
  });

  describe('RecordMonitoring', () => {
    const monitor = (progressPct: number, objectiveId: string = OBJECTIVES.tempiPagamento) =>
      planCommand('RecordMonitoring', { objectiveId, progressPct, notes: 'PCC: 28 giorni medi al 30/06' });
    const monitored = (progressPct: number): PlanEvent => ({
      type: 'MonitoringRecorded',
      data: { planId: PLAN_ID, centroId, objectiveId: OBJECTIVES.tempiPagamento, progressPct, notes: 'PCC: 28 giorni medi al 30/06' },
    });

    it('records the progress of an objective of the approved plan', () => {
      given(approvedPlanEvents()).when(monitor(60)).then([monitored(60)]);
    });

    it('records progress while a variation is open', () => {
      given(openVariationEvents()).when(monitor(0)).then([monitored(0)]);
    });

    it.each([-1, 100.5, Number.NaN])('refuses the progress %s', (progress) => {
      expect(given(approvedPlanEvents()).when(monitor(progress)).thenThrows(RuleViolationError).rule).toBe('progress_out_of_range');
    });

    it('refuses progress on a withdrawn objective', () => {
      const events: PlanEvent[] = [
        ...openVariationEvents(),
        { type: 'ObjectiveWithdrawn', data: { planId: PLAN_ID, centroId, objectiveId: OBJECTIVES.tempiPagamento } },
      ];
      expect(given(events).when(monitor(50)).thenThrows(RuleViolationError).rule).toBe('objective_not_active');
    });

    it('reports an unknown objective as not found', () => {
      given(approvedPlanEvents()).when(monitor(50, 'obj-nope')).thenThrows(NotFoundError);
    });

    it('is out of order before approval', () => {
      given(proposedPlanEvents()).when(monitor(50)).thenThrows(OutOfOrderError, 'RecordMonitoring is not allowed while the plan is proposed');
    });
  });
});
