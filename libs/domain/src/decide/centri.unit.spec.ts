import { NotFoundError, OutOfOrderError, RuleViolationError } from '../errors/domain-errors';
import { PlanEvent } from '../events/plan-events';
import { ResourceTable } from '../plan/plan-state';
import { given } from '../testing/given-when-then';
import {
  approvedPlanEvents,
  draftingPlanEvents,
  OBJECTIVES,
  openVariationEvents,
  PLAN_ID,
  planCommand,
  planCreated,
  proposedPlanEvents,
  SERVIZIO,
  SETTORE,
  settoreAdded,
  submittedPlanEvents,
  TOGNI,
} from '../testing/plan-fixtures';

const addCultura = (overrides: Partial<{ centroId: string; code: string; name: string; parentCode: string }> = {}) =>
  planCommand('AddCentro', {
    centroId: 'centro-cultura',
    code: 'CULT',
    name: 'Servizio Cultura',
    kind: 'attivita',
    parentCode: SETTORE.code,
    responsabile: TOGNI,
    ...overrides,
  });

const culturaAdded: PlanEvent = {
  type: 'CentroAdded',
  data: { planId: PLAN_ID, centroId: 'centro-cultura', code: 'CULT', name: 'Servizio Cultura', kind: 'attivita', parentCode: SETTORE.code, responsabile: TOGNI },
};

const returned: PlanEvent = { type: 'CentroReturned', data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, notes: 'Target PCC mancante' } };

describe('centri', () => {
  describe('AddCentro', () => {
    it('adds a centro di responsabilità without parent', () => {
      given([planCreated()])
        .when(planCommand('AddCentro', { centroId: SETTORE.centroId, code: SETTORE.code, name: settoreAdded().data.name, kind: 'responsabilita', responsabile: TOGNI }))
        .then([settoreAdded()]);
    });

    it('adds a servizio under its settore', () => {
      given(draftingPlanEvents()).when(addCultura()).then([culturaAdded]);
    });

    it('adds a centro inside an open variation', () => {
      given(openVariationEvents()).when(addCultura()).then([culturaAdded]);
    });

    it('refuses a code already used in the plan', () => {
      const error = given(draftingPlanEvents()).when(addCultura({ code: SERVIZIO.code })).thenThrows(RuleViolationError, 'code AG already exists');
      expect(error.rule).toBe('centro_code_exists');
    });

    it('refuses a centro id already used', () => {
      const error = given(draftingPlanEvents()).when(addCultura({ centroId: SERVIZIO.centroId })).thenThrows(RuleViolationError);
      expect(error.rule).toBe('centro_id_exists');
    });

    it('refuses a blank code or name', () => {
      expect(given(draftingPlanEvents()).when(addCultura({ code: ' ' })).thenThrows(RuleViolationError).rule).toBe('centro_code_required');
      expect(given(draftingPlanEvents()).when(addCultura({ name: '' })).thenThrows(RuleViolationError).rule).toBe('centro_name_required');
    });

    it('refuses a parent that is not a centro of the plan', () => {
      given(draftingPlanEvents()).when(addCultura({ parentCode: 'XYZ' })).thenThrows(NotFoundError, 'parent centro XYZ');
    });

    it('is out of order in an approved plan without a variation', () => {
      given(approvedPlanEvents())
        .when(addCultura())
        .thenThrows(OutOfOrderError, 'while the plan is approved: nothing in an approved plan changes except inside an open variation');
    });

    it('is out of order in a proposed plan', () => {
      given(proposedPlanEvents()).when(addCultura()).thenThrows(OutOfOrderError, 'while the plan is proposed');
    });
  });

  describe('DescribeService', () => {
    const describeService = (description: string, centroId: string = SERVIZIO.centroId) =>
      planCommand('DescribeService', { centroId, description });

    it('describes the service of a draft centro', () => {
      given(draftingPlanEvents())
        .when(describeService('Gestione del protocollo e dell’archivio'))
        .then([{ type: 'ServiceDescribed', data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, description: 'Gestione del protocollo e dell’archivio' } }]);
    });

    it('describes the service of a returned centro', () => {
      given([...submittedPlanEvents(), returned])
        .when(describeService('Nuova descrizione'))
        .then([{ type: 'ServiceDescribed', data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, description: 'Nuova descrizione' } }]);
    });

    it('refuses a blank description', () => {
      expect(given(draftingPlanEvents()).when(describeService('  \n')).thenThrows(RuleViolationError).rule).toBe('service_description_required');
    });

    it('is out of order on a submitted centro, which must be returned first', () => {
      const error = given(submittedPlanEvents())
        .when(describeService('x'))
        .thenThrows(OutOfOrderError, 'DescribeService is not allowed while the plan is drafting and centro AG is submitted');
      expect(error.allowedCommands).toEqual(['ReturnCentro', 'ProposePlan', 'RecordBudgetApproval']);
    });

    it('reports an unknown centro as not found', () => {
      given(draftingPlanEvents()).when(describeService('x', 'centro-nope')).thenThrows(NotFoundError, 'centro centro-nope');
    });
  });

  describe('RecordResources', () => {
    const table: ResourceTable = {
      columns: [{ label: 'Situazione 31.12.2022', date: '2022-12-31' }, { label: 'Situazione 31.12.2023', date: '2023-12-31' }, { label: 'Situazione attuale' }],
      rows: [
        { category: '(Responsabile del Servizio)', values: [{ kind: 'count', value: 1 }, { kind: 'text', text: 'In convenzione con Osio Sotto' }, { kind: 'text', text: 'In convenzione con Osio Sotto' }] },
        { category: 'Cat. C – istruttore amministrativo', values: [{ kind: 'count', value: 1 }, { kind: 'text', text: 'Vacante' }, { kind: 'count', value: 1 }] },
      ],
    };

    it('records the human resources of the servizio', () => {
      given(draftingPlanEvents())
        .when(planCommand('RecordResources', { centroId: SERVIZIO.centroId, kind: 'umane', table }))
        .then([{ type: 'ResourcesRecorded', data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, kind: 'umane', table } }]);
    });

    it('refuses a row without one value per column', () => {
      const short: ResourceTable = { ...table, rows: [{ category: 'Postazioni uffici', values: [{ kind: 'count', value: 4 }] }] };
      const error = given(draftingPlanEvents())
        .when(planCommand('RecordResources', { centroId: SERVIZIO.centroId, kind: 'strumentali', table: short }))
        .thenThrows(RuleViolationError, '"Postazioni uffici" has 1 values for 3 columns');
      expect(error.rule).toBe('resource_row_width');
    });
  });

  describe('SubmitCentro', () => {
    const submit = (centroId: string = SERVIZIO.centroId) => planCommand('SubmitCentro', { centroId });
    const submitted: PlanEvent = { type: 'CentroSubmitted', data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, totalPoints: 100 } };

    it('submits a centro whose objectives sum to 100', () => {
      given(draftingPlanEvents()).when(submit()).then([submitted]);
    });

    it('resubmits a returned centro', () => {
      given([...submittedPlanEvents(), returned]).when(submit()).then([submitted]);
    });

    it('refuses objectives that do not sum to 100, stating the sum', () => {
      const events: PlanEvent[] = [
        ...draftingPlanEvents(),
        { type: 'ObjectiveRevised', data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, objectiveId: OBJECTIVES.istruzione, changes: { points: 15 } } },
      ];
      const error = given(events).when(submit()).thenThrows(RuleViolationError, 'sum to 105 points');
      expect(error.rule).toBe('points_sum_100');
    });

    it('leaves withdrawn objectives out of the sum', () => {
      const events: PlanEvent[] = [
        ...draftingPlanEvents(),
        { type: 'ObjectiveWithdrawn', data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, objectiveId: OBJECTIVES.istruzione } },
      ];
      expect(given(events).when(submit()).thenThrows(RuleViolationError, 'sum to 90 points').rule).toBe('points_sum_100');
    });

    it('refuses a centro without active objectives', () => {
      const error = given(draftingPlanEvents()).when(submit(SETTORE.centroId)).thenThrows(RuleViolationError, 'AGSSP has no active objective');
      expect(error.rule).toBe('centro_needs_objective');
    });

    it('is out of order on a centro already submitted', () => {
      given(submittedPlanEvents()).when(submit()).thenThrows(OutOfOrderError, 'centro AG is submitted');
    });

    it('is out of order inside a variation: centri are not resubmitted', () => {
      given(openVariationEvents()).when(submit()).thenThrows(OutOfOrderError, 'approved with variation');
    });
  });

  describe('ReturnCentro', () => {
    const returnCentro = (notes: string) => planCommand('ReturnCentro', { centroId: SERVIZIO.centroId, notes });

    it('returns a submitted centro with notes while drafting', () => {
      given(submittedPlanEvents()).when(returnCentro('Target PCC mancante')).then([returned]);
    });

    it('returns a centro of a proposed plan', () => {
      given(proposedPlanEvents()).when(returnCentro('Target PCC mancante')).then([returned]);
    });

    it('refuses blank notes', () => {
      expect(given(submittedPlanEvents()).when(returnCentro('   ')).thenThrows(RuleViolationError).rule).toBe('return_notes_required');
    });

    it('is out of order on a centro that is not submitted', () => {
      given(draftingPlanEvents()).when(returnCentro('x')).thenThrows(OutOfOrderError, 'while the plan is drafting and centro AG is draft');
    });

    it('is out of order once the plan is approved', () => {
      given(approvedPlanEvents()).when(returnCentro('x')).thenThrows(OutOfOrderError, 'while the plan is approved;');
    });
  });
});
