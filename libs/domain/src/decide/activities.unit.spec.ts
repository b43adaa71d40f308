import { NotFoundError, OutOfOrderError, RuleViolationError } from '../errors/domain-errors';
import { PlanEvent } from '../events/plan-events';
import { given } from '../testing/given-when-then';
import {
  ACTIVITY_PROTOCOLLO,
  approvedPlanEvents,
  closedPlanEvents,
  consuntivoStartedEvents,
  draftingPlanEvents,
  INDICATOR_PROTOCOLLI_ENTRATA,
  openVariationEvents,
  PLAN_ID,
  planCommand,
  proposedPlanEvents,
  relazioneApprovedEvents,
  SERVIZIO,
  submittedPlanEvents,
} from '../testing/plan-fixtures';
import { MeasuredValue } from '../values/measured-value';

const centroId = SERVIZIO.centroId;

describe('activities and their indicators', () => {
  describe('AddActivity', () => {
    const addArchivio = (overrides: Partial<{ activityId: string; number: number; description: string; subItems: string[] }> = {}) =>
      planCommand('AddActivity', { centroId, activityId: 'act-archivio', number: 4, description: 'Archivio: tenuta dell’archivio corrente e di deposito', ...overrides });

    it('adds an activity, with no sub-items unless given', () => {
      given(draftingPlanEvents())
        .when(addArchivio())
        .then([{ type: 'ActivityAdded', data: { planId: PLAN_ID, centroId, activityId: 'act-archivio', number: 4, description: 'Archivio: tenuta dell’archivio corrente e di deposito', subItems: [] } }]);
    });

    it('keeps the sub-items of an activity', () => {
      const subItems = ['Consiglio Comunale: ordine del giorno', 'Giunta Comunale: deliberazioni'];
      given(draftingPlanEvents()).when(addArchivio({ subItems })).then([
        { type: 'ActivityAdded', data: { planId: PLAN_ID, centroId, activityId: 'act-archivio', number: 4, description: 'Archivio: tenuta dell’archivio corrente e di deposito', subItems } },
      ]);
    });

    it('adds an activity inside an open variation', () => {
      given(openVariationEvents()).when(addArchivio()).then([
        { type: 'ActivityAdded', data: { planId: PLAN_ID, centroId, activityId: 'act-archivio', number: 4, description: 'Archivio: tenuta dell’archivio corrente e di deposito', subItems: [] } },
      ]);
    });

    it('refuses an activity id already in the centro', () => {
      expect(given(draftingPlanEvents()).when(addArchivio({ activityId: ACTIVITY_PROTOCOLLO })).thenThrows(RuleViolationError).rule).toBe('activity_id_exists');
    });

    it.each([0, -1, 1.5])('refuses the activity number %s', (number) => {
      expect(given(draftingPlanEvents()).when(addArchivio({ number })).thenThrows(RuleViolationError).rule).toBe('activity_number_invalid');
    });

    it('refuses a blank description', () => {
      expect(given(draftingPlanEvents()).when(addArchivio({ description: ' ' })).thenThrows(RuleViolationError).rule).toBe('activity_description_required');
    });

    it('is out of order on a submitted centro', () => {
      given(submittedPlanEvents()).when(addArchivio()).thenThrows(OutOfOrderError, 'centro AG is submitted');
    });
  });

  describe('ReviseActivity', () => {
    it('revises an activity, carrying its full new content', () => {
      given(draftingPlanEvents())
        .when(planCommand('ReviseActivity', { centroId, activityId: ACTIVITY_PROTOCOLLO, subItems: ['PEC', 'Notifiche'] }))
        .then([{ type: 'ActivityRevised', data: { planId: PLAN_ID, centroId, activityId: ACTIVITY_PROTOCOLLO, number: 1, description: 'Protocollazione notificazione atti', subItems: ['PEC', 'Notifiche'] } }]);
    });

    it('produces nothing when nothing changes', () => {
      given(draftingPlanEvents())
        .when(planCommand('ReviseActivity', { centroId, activityId: ACTIVITY_PROTOCOLLO, number: 1, description: 'Protocollazione notificazione atti' }))
        .then([]);
    });

    it('refuses a blank description', () => {
      const error = given(draftingPlanEvents())
        .when(planCommand('ReviseActivity', { centroId, activityId: ACTIVITY_PROTOCOLLO, description: '' }))
        .thenThrows(RuleViolationError);
      expect(error.rule).toBe('activity_description_required');
    });

    it('reports an unknown activity as not found', () => {
      given(draftingPlanEvents()).when(planCommand('ReviseActivity', { centroId, activityId: 'act-nope', number: 2 })).thenThrows(NotFoundError, 'activity act-nope');
    });
  });

  describe('RemoveActivity', () => {
    it('removes an activity', () => {
      given(draftingPlanEvents())
        .when(planCommand('RemoveActivity', { centroId, activityId: ACTIVITY_PROTOCOLLO }))
        .then([{ type: 'ActivityRemoved', data: { planId: PLAN_ID, centroId, activityId: ACTIVITY_PROTOCOLLO } }]);
    });

    it('reports an unknown activity as not found', () => {
      given(draftingPlanEvents()).when(planCommand('RemoveActivity', { centroId, activityId: 'act-nope' })).thenThrows(NotFoundError);
    });

    it('is out of order in an approved plan', () => {
      given(approvedPlanEvents())
        .when(planCommand('RemoveActivity', { centroId, activityId: ACTIVITY_PROTOCOLLO }))
        .thenThrows(OutOfOrderError, 'nothing in an approved plan changes except inside an open variation');
    });
  });

  describe('DefineActivityIndicator', () => {
    const define = (overrides: Partial<{ indicatorId: string; area: string; description: string }> = {}) =>
      planCommand('DefineActivityIndicator', { centroId, indicatorId: 'ind-protocolli-uscita', area: 'Atti protocollati', description: 'n. protocolli in uscita', ...overrides });

    it('defines an indicator of an activity area', () => {
      given(draftingPlanEvents())
        .when(define())
        .then([{ type: 'ActivityIndicatorDefined', data: { planId: PLAN_ID, centroId, indicatorId: 'ind-protocolli-uscita', area: 'Atti protocollati', description: 'n. protocolli in uscita' } }]);
    });

    it('refuses an indicator id already in the centro', () => {
      expect(given(draftingPlanEvents()).when(define({ indicatorId: INDICATOR_PROTOCOLLI_ENTRATA })).thenThrows(RuleViolationError).rule).toBe('indicator_id_exists');
    });

    it('refuses a blank area or description', () => {
      expect(given(draftingPlanEvents()).when(define({ area: '' })).thenThrows(RuleViolationError).rule).toBe('indicator_area_required');
      expect(given(draftingPlanEvents()).when(define({ description: '  ' })).thenThrows(RuleViolationError).rule).toBe('indicator_description_required');
    });
  });

  describe('RecordIndicatorValue', () => {
    const value: MeasuredValue = { kind: 'euro', cents: 33504368 };
    const record = (year: number, indicatorId: string = INDICATOR_PROTOCOLLI_ENTRATA) =>
      planCommand('RecordIndicatorValue', { centroId, indicatorId, year, value });
    const recorded = (year: number): PlanEvent => ({
      type: 'IndicatorValueRecorded',
      data: { planId: PLAN_ID, centroId, indicatorId: INDICATOR_PROTOCOLLI_ENTRATA, year, value },
    });

    it('records the history of a draft centro, for any year', () => {
      given(draftingPlanEvents()).when(record(2020)).then([recorded(2020)]);
    });

    it('refuses a year that is not an integer', () => {
      expect(given(draftingPlanEvents()).when(record(2023.5)).thenThrows(RuleViolationError).rule).toBe('indicator_year_invalid');
    });

    it('reports an unknown indicator as not found', () => {
      given(draftingPlanEvents()).when(record(2020, 'ind-nope')).thenThrows(NotFoundError, 'indicator ind-nope');
    });

    it('is out of order on a submitted centro', () => {
      given(submittedPlanEvents()).when(record(2024)).thenThrows(OutOfOrderError, 'centro AG is submitted');
    });

    it('is out of order while the plan waits for the Giunta', () => {
      given(proposedPlanEvents()).when(record(2024)).thenThrows(OutOfOrderError, 'while the plan is proposed');
    });

    it.each<[string, () => PlanEvent[]]>([
      ['approved', approvedPlanEvents],
      ['consuntivo', consuntivoStartedEvents],
      ['relazione_approved', relazioneApprovedEvents],
    ])('records actual measurements of the plan year and later while %s', (_status, history) => {
      given(history()).when(record(2024)).then([recorded(2024)]);
      given(history()).when(record(2025)).then([recorded(2025)]);
    });

    it('refuses to change a year before the plan year once approved', () => {
      const error = given(approvedPlanEvents()).when(record(2023)).thenThrows(RuleViolationError, 'values for 2023 are frozen');
      expect(error.rule).toBe('indicator_year_frozen');
    });

    it('corrects an earlier year inside an open variation', () => {
      given(openVariationEvents()).when(record(2023)).then([recorded(2023)]);
    });

    it('is out of order once the plan is closed', () => {
      given(closedPlanEvents()).when(record(2025)).thenThrows(OutOfOrderError, 'while the plan is closed');
    });
  });
});
