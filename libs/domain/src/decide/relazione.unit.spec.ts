import { OutOfOrderError, RuleViolationError } from '../errors/domain-errors';
import { PlanEvent } from '../events/plan-events';
import { given } from '../testing/given-when-then';
import {
  consuntivoRecordedEvents,
  consuntivoValidatedEvents,
  DELIBERA_RELAZIONE,
  DOCUMENTO_VALIDAZIONE,
  PLAN_ID,
  planCommand,
  relazioneApprovedEvents,
} from '../testing/plan-fixtures';
import { NucleoDocument } from '../values/delibera';

const refused: PlanEvent = { type: 'RelazioneRefused', data: { planId: PLAN_ID, reason: 'Manca la verifica PCC' } };

describe('relazione sulla performance', () => {
  describe('ApproveRelazione', () => {
    it('approves the Relazione by delibera di Giunta', () => {
      given(consuntivoValidatedEvents())
        .when(planCommand('ApproveRelazione', { delibera: DELIBERA_RELAZIONE }))
        .then([{ type: 'RelazioneApproved', data: { planId: PLAN_ID, delibera: DELIBERA_RELAZIONE } }]);
    });

    it('refuses a delibera of the Consiglio', () => {
      const error = given(consuntivoValidatedEvents())
        .when(planCommand('ApproveRelazione', { delibera: { ...DELIBERA_RELAZIONE, organo: 'consiglio' } }))
        .thenThrows(RuleViolationError, 'approved by the Giunta');
      expect(error.rule).toBe('relazione_needs_giunta');
    });

    it('is out of order before the Nucleo validated the consuntivo', () => {
      given(consuntivoRecordedEvents())
        .when(planCommand('ApproveRelazione', { delibera: DELIBERA_RELAZIONE }))
        .thenThrows(OutOfOrderError, 'ApproveRelazione is not allowed while the plan is consuntivo; allowed now: RecordConsuntivo, ValidateConsuntivo, RecordIndicatorValue');
    });
  });

  describe('ValidateRelazione', () => {
    const validate = (documento: NucleoDocument) => planCommand('ValidateRelazione', { documento });

    it('validates the approved Relazione, closing the cycle', () => {
      given(relazioneApprovedEvents())
        .when(validate(DOCUMENTO_VALIDAZIONE))
        .then([{ type: 'RelazioneValidated', data: { planId: PLAN_ID, documento: DOCUMENTO_VALIDAZIONE } }]);
    });

    it('refuses a validation document dated in the future', () => {
      const error = given(relazioneApprovedEvents())
        .when(validate({ data: '2025-06-11' }), { now: '2025-06-10T12:00:00.000Z' })
        .thenThrows(RuleViolationError, 'the validation document');
      expect(error.rule).toBe('nucleo_document_in_future');
    });

    it('is out of order before the Giunta approved the Relazione', () => {
      given(consuntivoValidatedEvents()).when(validate(DOCUMENTO_VALIDAZIONE)).thenThrows(OutOfOrderError, 'while the plan is consuntivo_validated');
    });
  });

  describe('RefuseRelazione', () => {
    it('refuses the approved Relazione with a reason', () => {
      given(relazioneApprovedEvents()).when(planCommand('RefuseRelazione', { reason: 'Manca la verifica PCC' })).then([refused]);
    });

    it('needs a reason', () => {
      const error = given(relazioneApprovedEvents()).when(planCommand('RefuseRelazione', { reason: ' ' })).thenThrows(RuleViolationError);
      expect(error.rule).toBe('refusal_reason_required');
    });

    it('is out of order before the Giunta approved the Relazione', () => {
      given(consuntivoValidatedEvents()).when(planCommand('RefuseRelazione', { reason: 'x' })).thenThrows(OutOfOrderError);
    });

    it('sends the cycle back to the consuntivo: it can be recorded and validated again', () => {
      const afterRefusal = [...relazioneApprovedEvents(), refused];
      given(afterRefusal)
        .when(planCommand('RecordConsuntivo', { objectiveId: 'obj-tempi-pagamento', achievementPct: 85, evidence: 'Verifica PCC allegata' }))
        .then([
          {
            type: 'ConsuntivoRecorded',
            data: { planId: PLAN_ID, centroId: 'centro-ag', objectiveId: 'obj-tempi-pagamento', achievementPct: 85, evidence: 'Verifica PCC allegata', indicatorValues: [] },
          },
        ]);
      given(afterRefusal)
        .when(planCommand('ApproveRelazione', { delibera: DELIBERA_RELAZIONE }))
        .thenThrows(OutOfOrderError, 'while the plan is consuntivo');
    });
  });
});
