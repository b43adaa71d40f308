import { NucleoAdjustment } from '../commands/plan-commands';
import { NotFoundError, OutOfOrderError, RuleViolationError } from '../errors/domain-errors';
import { PlanEvent } from '../events/plan-events';
import { given } from '../testing/given-when-then';
import {
  approvedPlanEvents,
  consuntivoRecorded,
  consuntivoRecordedEvents,
  consuntivoStartedEvents,
  consuntivoValidatedEvents,
  OBJECTIVES,
  PLAN_ID,
  planCommand,
  SERVIZIO,
  validationResults,
  VERBALE_NUCLEO,
} from '../testing/plan-fixtures';
import { NucleoDocument } from '../values/delibera';

const centroId = SERVIZIO.centroId;

describe('consuntivo', () => {
  describe('RecordConsuntivo', () => {
    const record = (overrides: Partial<{ objectiveId: string; achievementPct: number; evidence: string; indicatorValues: { indicator: number; value: string }[] }> = {}) =>
      planCommand('RecordConsuntivo', {
        objectiveId: OBJECTIVES.tempiPagamento,
        achievementPct: 90,
        evidence: 'Relazione del responsabile: 90%',
        ...overrides,
      });

    it('records the achievement of an objective, with no indicator values unless given', () => {
      given(consuntivoStartedEvents()).when(record()).then([consuntivoRecorded(OBJECTIVES.tempiPagamento, 90)]);
    });

    it('records the values the indicators reached', () => {
      const indicatorValues = [{ indicator: 0, value: 'tempo medio 27 giorni' }];
      given(consuntivoStartedEvents())
        .when(record({ indicatorValues }))
        .then([{ ...consuntivoRecorded(OBJECTIVES.tempiPagamento, 90), data: { ...consuntivoRecorded(OBJECTIVES.tempiPagamento, 90).data, indicatorValues } }]);
    });

    it('records again over an earlier recording', () => {
      given(consuntivoRecordedEvents())
        .when(record({ achievementPct: 95, evidence: 'Relazione del responsabile: 95%' }))
        .then([consuntivoRecorded(OBJECTIVES.tempiPagamento, 95)]);
    });

    it('reports an unknown objective as not found', () => {
      given(consuntivoStartedEvents()).when(record({ objectiveId: 'obj-nope' })).thenThrows(NotFoundError, 'objective obj-nope');
    });

    it('refuses a withdrawn objective', () => {
      // an objective withdrawn inside a variation stays in the plan, withdrawn
      const history: PlanEvent[] = [
        ...approvedPlanEvents(),
        { type: 'VariationOpened', data: { planId: PLAN_ID, variationId: 'v', reason: 'PCC non più pertinente' } },
        { type: 'ObjectiveWithdrawn', data: { planId: PLAN_ID, centroId, objectiveId: OBJECTIVES.tempiPagamento } },
        { type: 'ObjectiveRevised', data: { planId: PLAN_ID, centroId, objectiveId: OBJECTIVES.transizioneDigitale, changes: { points: 85 } } },
        { type: 'VariationApproved', data: { planId: PLAN_ID, variationId: 'v', delibera: { organo: 'giunta', numero: 99, data: '2024-09-01' } } },
        { type: 'ConsuntivoStarted', data: { planId: PLAN_ID } },
      ];
      expect(given(history).when(record()).thenThrows(RuleViolationError).rule).toBe('objective_not_active');
    });

    it.each([-5, 100.01])('refuses the achievement %s%%', (achievementPct) => {
      const error = given(consuntivoStartedEvents()).when(record({ achievementPct })).thenThrows(RuleViolationError, 'between 0 and 100');
      expect(error.rule).toBe('achievement_out_of_range');
    });

    it('refuses blank evidence', () => {
      expect(given(consuntivoStartedEvents()).when(record({ evidence: '  ' })).thenThrows(RuleViolationError).rule).toBe('evidence_required');
    });

    it('refuses a value for an indicator the objective does not have', () => {
      const error = given(consuntivoStartedEvents())
        .when(record({ indicatorValues: [{ indicator: 1, value: '27 giorni' }] }))
        .thenThrows(RuleViolationError, 'no indicator number 1');
      expect(error.rule).toBe('indicator_index_unknown');
    });

    it('is out of order before the consuntivo starts', () => {
      given(approvedPlanEvents()).when(record()).thenThrows(OutOfOrderError, 'RecordConsuntivo is not allowed while the plan is approved');
    });
  });

  describe('ValidateConsuntivo', () => {
    const adjustPagamenti: NucleoAdjustment = {
      objectiveId: OBJECTIVES.tempiPagamento,
      achievementPct: 80,
      reason: 'PCC: tempo medio di pagamento 34 giorni nel quarto trimestre',
    };
    const validate = (adjustments: NucleoAdjustment[], verbale: NucleoDocument = VERBALE_NUCLEO) =>
      planCommand('ValidateConsuntivo', { verbale, adjustments });

    it('validates every active objective, with the Nucleo’s adjustment and reason where it differs', () => {
      given(consuntivoRecordedEvents())
        .when(validate([adjustPagamenti]))
        .then([{ type: 'ConsuntivoValidated', data: { planId: PLAN_ID, verbale: VERBALE_NUCLEO, results: validationResults() } }]);
    });

    it('validates the recorded achievements as they are when nothing is adjusted', () => {
      given(consuntivoRecordedEvents()).when(validate([])).then([
        {
          type: 'ConsuntivoValidated',
          data: {
            planId: PLAN_ID,
            verbale: VERBALE_NUCLEO,
            results: validationResults().map(({ reason: _reason, ...r }) => ({ ...r, validatedPct: r.recordedPct })),
          },
        },
      ]);
    });

    it('refuses while an active objective has no consuntivo, naming it', () => {
      const history = consuntivoRecordedEvents().slice(0, -1);
      const error = given(history).when(validate([])).thenThrows(RuleViolationError, 'missing for "Istruzione" (AG)');
      expect(error.rule).toBe('consuntivo_missing');
    });

    it('reports an adjustment of an unknown objective as not found', () => {
      given(consuntivoRecordedEvents()).when(validate([{ ...adjustPagamenti, objectiveId: 'obj-nope' }])).thenThrows(NotFoundError);
    });

    it('refuses an adjusted achievement out of range', () => {
      const error = given(consuntivoRecordedEvents()).when(validate([{ ...adjustPagamenti, achievementPct: 120 }])).thenThrows(RuleViolationError);
      expect(error.rule).toBe('achievement_out_of_range');
    });

    it('refuses an adjustment without a written reason', () => {
      const error = given(consuntivoRecordedEvents())
        .when(validate([{ ...adjustPagamenti, reason: '   ' }]))
        .thenThrows(RuleViolationError, '"Rispetto dei tempi di pagamento" needs a written reason');
      expect(error.rule).toBe('adjustment_needs_reason');
    });

    it('refuses two adjustments of one objective', () => {
      const error = given(consuntivoRecordedEvents()).when(validate([adjustPagamenti, adjustPagamenti])).thenThrows(RuleViolationError);
      expect(error.rule).toBe('adjustment_duplicated');
    });

    it('refuses a verbale dated in the future', () => {
      const error = given(consuntivoRecordedEvents())
        .when(validate([], { data: '2025-04-16' }), { now: '2025-04-15T18:00:00.000Z' })
        .thenThrows(RuleViolationError, 'verbale');
      expect(error.rule).toBe('nucleo_document_in_future');
    });

    it('refuses a verbale without a valid date', () => {
      expect(given(consuntivoRecordedEvents()).when(validate([], { data: '15/04/2025' })).thenThrows(RuleViolationError).rule).toBe(
        'nucleo_document_date_invalid',
      );
    });

    it('is out of order once validated', () => {
      given(consuntivoValidatedEvents()).when(validate([])).thenThrows(OutOfOrderError, 'while the plan is consuntivo_validated');
    });
  });
});
