import { PlanEvent } from '../events/plan-events';
import { foldPlan } from '../testing/given-when-then';
import {
  ACTIVITY_PROTOCOLLO,
  approvedPlanEvents,
  closedPlanEvents,
  consuntivoRecorded,
  consuntivoRecordedEvents,
  consuntivoStartedEvents,
  consuntivoValidatedEvents,
  DELIBERA_28,
  DELIBERA_RELAZIONE,
  DELIBERA_VARIATION,
  draftingPlanEvents,
  INDICATOR_PROTOCOLLI_ENTRATA,
  OBJECTIVES,
  openVariationEvents,
  PLAN_ID,
  planCreated,
  proposedPlanEvents,
  relazioneApprovedEvents,
  SERVIZIO,
  SETTORE,
  submittedPlanEvents,
  VARIATION_ID,
  VERBALE_NUCLEO,
} from '../testing/plan-fixtures';
import { EventContext, evolvePlan } from './evolve-plan';
import { Objective, Plan } from './plan-state';

const context: EventContext = { recordedAt: '2024-05-02T08:30:00.000Z', actorId: 'person-togni' };

function fold(events: PlanEvent[]): Plan {
  const plan = foldPlan(events);
  if (!plan) throw new Error('no events');
  return plan;
}

function apply(events: PlanEvent[], event: PlanEvent): Plan {
  return evolvePlan(fold(events), event, context);
}

function objective(plan: Plan, objectiveId: string): Objective {
  const found = plan.centri.flatMap((c) => c.objectives).find((o) => o.objectiveId === objectiveId);
  if (!found) throw new Error(`no objective ${objectiveId}`);
  return found;
}

describe('evolvePlan', () => {
  describe('revision and creation', () => {
    it('starts a created plan drafting at revision 0, with nothing in it', () => {
      expect(evolvePlan(undefined, planCreated(), context)).toEqual({
        planId: PLAN_ID,
        ente: { code: 'levate', name: 'Comune di Levate', provincia: 'BG' },
        year: 2024,
        triennio: [2024, 2026],
        status: 'drafting',
        centri: [],
        variations: [],
        revision: 0,
      });
    });

    it('increments the revision by one per event', () => {
      const events = draftingPlanEvents();
      expect(fold(events).revision).toBe(events.length - 1);
    });

    it('refuses an event before the plan was created', () => {
      expect(() => evolvePlan(undefined, { type: 'PlanProposed', data: { planId: PLAN_ID } }, context)).toThrow(
        /never created/,
      );
    });
  });

  describe('centri, activities and indicators', () => {
    it('adds a centro as a draft with empty contents', () => {
      const servizio = fold(draftingPlanEvents().slice(0, 3)).centri[1];
      expect(servizio).toEqual({
        centroId: SERVIZIO.centroId,
        code: 'AG',
        name: 'Servizio Affari Generali',
        kind: 'attivita',
        parentCode: SETTORE.code,
        responsabile: expect.objectContaining({ name: 'Roberto Togni' }),
        status: 'draft',
        activities: [],
        indicators: [],
        resources: {},
        objectives: [],
      });
    });

    it('describes the service, adds activities and keeps indicator values by year', () => {
      const servizio = fold(draftingPlanEvents()).centri[1];
      expect(servizio.serviceDescription).toMatch(/supporto al Sindaco/);
      expect(servizio.activities).toEqual([
        { activityId: ACTIVITY_PROTOCOLLO, number: 1, description: 'Protocollazione notificazione atti', subItems: [] },
      ]);
      expect(servizio.indicators[0]).toEqual({
        indicatorId: INDICATOR_PROTOCOLLI_ENTRATA,
        area: 'Atti protocollati',
        description: 'n. protocolli in entrata',
        activityNumber: 1,
        values: { '2023': { kind: 'count', value: 4897 } },
      });
    });

    it('overwrites the value of a year and adds other years beside it', () => {
      const record = (year: number, value: number): PlanEvent => ({
        type: 'IndicatorValueRecorded',
        data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, indicatorId: INDICATOR_PROTOCOLLI_ENTRATA, year, value: { kind: 'count', value } },
      });
      const plan = fold([...draftingPlanEvents(), record(2020, 4687), record(2023, 4900)]);
      expect(plan.centri[1].indicators[0].values).toEqual({
        '2020': { kind: 'count', value: 4687 },
        '2023': { kind: 'count', value: 4900 },
      });
    });

    it('revises and removes activities', () => {
      const revised = apply(draftingPlanEvents(), {
        type: 'ActivityRevised',
        data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, activityId: ACTIVITY_PROTOCOLLO, number: 2, description: 'Protocollo', subItems: ['PEC'] },
      });
      expect(revised.centri[1].activities).toEqual([{ activityId: ACTIVITY_PROTOCOLLO, number: 2, description: 'Protocollo', subItems: ['PEC'] }]);
      const removed = evolvePlan(revised, { type: 'ActivityRemoved', data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, activityId: ACTIVITY_PROTOCOLLO } }, context);
      expect(removed.centri[1].activities).toEqual([]);
    });

    it('records resources by kind, replacing the previous table of that kind', () => {
      const table = (count: number) => ({
        columns: [{ label: 'Situazione attuale' }],
        rows: [{ category: 'Postazioni uffici', values: [{ kind: 'count' as const, value: count }] }],
      });
      const resources = (count: number): PlanEvent => ({
        type: 'ResourcesRecorded',
        data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, kind: 'strumentali', table: table(count) },
      });
      const plan = fold([...draftingPlanEvents(), resources(3), resources(4)]);
      expect(plan.centri[1].resources).toEqual({ strumentali: table(4) });
    });
  });

  describe('objectives', () => {
    it('drafts an objective as active with no monitoring', () => {
      const drafted = objective(fold(draftingPlanEvents()), OBJECTIVES.istruzione);
      expect(drafted).toMatchObject({ title: 'Istruzione', points: 10, deadline: '2024-10-31', status: 'active', monitoring: [] });
      expect(drafted).not.toHaveProperty('planId');
    });

    it('merges the changes of a revision and keeps the other fields', () => {
      const plan = apply(draftingPlanEvents(), {
        type: 'ObjectiveRevised',
        data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, objectiveId: OBJECTIVES.istruzione, changes: { points: 15, deadline: '2024-11-30' } },
      });
      expect(objective(plan, OBJECTIVES.istruzione)).toMatchObject({ title: 'Istruzione', points: 15, deadline: '2024-11-30' });
    });

    it('marks a withdrawn objective withdrawn', () => {
      const plan = apply(draftingPlanEvents(), {
        type: 'ObjectiveWithdrawn',
        data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, objectiveId: OBJECTIVES.istruzione },
      });
      expect(objective(plan, OBJECTIVES.istruzione).status).toBe('withdrawn');
    });

    it('appends monitoring entries with who recorded them and when', () => {
      const plan = apply(approvedPlanEvents(), {
        type: 'MonitoringRecorded',
        data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, objectiveId: OBJECTIVES.tempiPagamento, progressPct: 60, notes: 'PCC: 28 giorni medi' },
      });
      expect(objective(plan, OBJECTIVES.tempiPagamento).monitoring).toEqual([
        { progressPct: 60, notes: 'PCC: 28 giorni medi', recordedAt: context.recordedAt, actorId: context.actorId },
      ]);
    });
  });

  describe('status transitions', () => {
    it.each<[string, () => PlanEvent[], Plan['status']]>([
      ['PlanCreated', draftingPlanEvents, 'drafting'],
      ['PlanProposed', proposedPlanEvents, 'proposed'],
      ['PlanApproved', approvedPlanEvents, 'approved'],
      ['ConsuntivoStarted', consuntivoStartedEvents, 'consuntivo'],
      ['ConsuntivoValidated', consuntivoValidatedEvents, 'consuntivo_validated'],
      ['RelazioneApproved', relazioneApprovedEvents, 'relazione_approved'],
      ['RelazioneValidated', closedPlanEvents, 'closed'],
    ])('after %s the plan is %s', (_event, events, status) => {
      expect(fold(events()).status).toBe(status);
    });

    it('submits a centro', () => {
      expect(fold(submittedPlanEvents()).centri[1].status).toBe('submitted');
    });

    it('returns a centro with its notes, and a proposed plan goes back to drafting', () => {
      const plan = apply(proposedPlanEvents(), {
        type: 'CentroReturned',
        data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, notes: 'Indicatore PCC senza target' },
      });
      expect(plan.status).toBe('drafting');
      expect(plan.centri[1]).toMatchObject({ status: 'returned', returnNotes: 'Indicatore PCC senza target' });
    });

    it('approves the plan with its delibera, dated when recorded, and approves every centro', () => {
      const plan = fold(approvedPlanEvents());
      expect(plan.approval).toEqual({ delibera: DELIBERA_28, approvedAt: '2024-01-15T09:00:00.000Z' });
      expect(plan.centri.map((c) => c.status)).toEqual(['approved', 'approved']);
    });

    it('opens a variation and closes it on approval, approving centri added inside it', () => {
      const opened = fold(openVariationEvents());
      expect(opened.openVariationId).toBe(VARIATION_ID);
      expect(opened.variations).toEqual([
        { variationId: VARIATION_ID, reason: expect.any(String), openedAt: '2024-01-15T09:00:00.000Z' },
      ]);
      const withNewCentro = evolvePlan(
        opened,
        { type: 'CentroAdded', data: { planId: PLAN_ID, centroId: 'centro-cultura', code: 'CULT', name: 'Cultura', kind: 'attivita', responsabile: opened.centri[0].responsabile } },
        context,
      );
      const approved = evolvePlan(
        withNewCentro,
        { type: 'VariationApproved', data: { planId: PLAN_ID, variationId: VARIATION_ID, delibera: DELIBERA_VARIATION } },
        context,
      );
      expect(approved).not.toHaveProperty('openVariationId');
      expect(approved.variations[0]).toMatchObject({ delibera: DELIBERA_VARIATION, approvedAt: context.recordedAt });
      expect(approved.centri.map((c) => c.status)).toEqual(['approved', 'approved', 'approved']);
    });
  });

  describe('consuntivo and points awarded', () => {
    it('records the consuntivo of an objective, and a second recording overwrites it', () => {
      const plan = apply(consuntivoRecordedEvents(), consuntivoRecorded(OBJECTIVES.tempiPagamento, 95));
      expect(objective(plan, OBJECTIVES.tempiPagamento).consuntivo).toEqual({
        achievementPct: 95,
        evidence: 'Relazione del responsabile: 95%',
        indicatorValues: [],
        recordedAt: context.recordedAt,
        actorId: context.actorId,
      });
    });

    it('awards points x validated achievement, with the reason only where the Nucleo adjusted', () => {
      const plan = fold(consuntivoValidatedEvents());
      expect(plan.consuntivoValidation).toEqual({ verbale: VERBALE_NUCLEO, validatedAt: '2024-01-15T09:00:00.000Z' });
      expect(objective(plan, OBJECTIVES.transizioneDigitale)).toMatchObject({ validated: { achievementPct: 100 }, pointsAwarded: 55 });
      expect(objective(plan, OBJECTIVES.transizioneDigitale).validated).not.toHaveProperty('adjustmentReason');
      expect(objective(plan, OBJECTIVES.tempiPagamento)).toMatchObject({
        validated: { achievementPct: 80, adjustmentReason: expect.stringMatching(/PCC/) },
        pointsAwarded: 24,
      });
      const total = plan.centri[1].objectives.reduce((sum, o) => sum + (o.pointsAwarded ?? 0), 0);
      expect(total).toBe(94);
    });

    it.each([
      [55, 33.33, 18.33],
      [5, 50.5, 2.53],
      [30, 66.67, 20],
      [10, 0, 0],
      [10, 12.345, 1.23],
    ])('rounds %s points at %s%% to the cent: %s', (points, pct, awarded) => {
      const events = consuntivoRecordedEvents();
      const plan = apply(events, {
        type: 'ObjectiveRevised',
        data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, objectiveId: OBJECTIVES.istruzione, changes: { points } },
      });
      const validated = evolvePlan(
        plan,
        {
          type: 'ConsuntivoValidated',
          data: {
            planId: PLAN_ID,
            verbale: VERBALE_NUCLEO,
            results: [{ objectiveId: OBJECTIVES.istruzione, centroId: SERVIZIO.centroId, recordedPct: 100, validatedPct: pct, reason: 'verifica' }],
          },
        },
        context,
      );
      expect(objective(validated, OBJECTIVES.istruzione).pointsAwarded).toBe(awarded);
    });
  });

  describe('relazione', () => {
    it('keeps the approval and then the validation of the Relazione', () => {
      const plan = fold(closedPlanEvents());
      expect(plan.relazione).toEqual({
        approval: { delibera: DELIBERA_RELAZIONE, approvedAt: '2024-01-15T09:00:00.000Z' },
        validation: { documento: expect.objectContaining({ data: '2025-06-10' }), validatedAt: '2024-01-15T09:00:00.000Z' },
        refusals: [],
      });
    });

    it('on refusal goes back to consuntivo and puts the numbers under review again', () => {
      const plan = apply(relazioneApprovedEvents(), { type: 'RelazioneRefused', data: { planId: PLAN_ID, reason: 'Manca la verifica PCC' } });
      expect(plan.status).toBe('consuntivo');
      expect(plan).not.toHaveProperty('consuntivoValidation');
      expect(plan.relazione).toEqual({
        refusals: [{ reason: 'Manca la verifica PCC', refusedAt: context.recordedAt, delibera: DELIBERA_RELAZIONE }],
      });
      for (const o of plan.centri[1].objectives) {
        expect(o).not.toHaveProperty('validated');
        expect(o).not.toHaveProperty('pointsAwarded');
        expect(o.consuntivo).toBeDefined();
      }
    });
  });

  describe('immutability', () => {
    it('leaves the previous state untouched', () => {
      const before = fold(approvedPlanEvents());
      const snapshot = JSON.parse(JSON.stringify(before));
      evolvePlan(before, { type: 'VariationOpened', data: { planId: PLAN_ID, variationId: 'v', reason: 'r' } }, context);
      evolvePlan(
        before,
        { type: 'MonitoringRecorded', data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, objectiveId: OBJECTIVES.istruzione, progressPct: 10, notes: '' } },
        context,
      );
      expect(before).toEqual(snapshot);
    });

    it('shares every part an event did not touch with the previous state', () => {
      const before = fold(approvedPlanEvents());
      const after = evolvePlan(
        before,
        { type: 'MonitoringRecorded', data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, objectiveId: OBJECTIVES.istruzione, progressPct: 10, notes: '' } },
        context,
      );
      expect(after.centri[0]).toBe(before.centri[0]);
      expect(after.centri[1]).not.toBe(before.centri[1]);
      expect(after.centri[1].activities).toBe(before.centri[1].activities);
      expect(after.centri[1].objectives[0]).toBe(before.centri[1].objectives[0]);
      expect(after.variations).toBe(before.variations);
    });
  });
});
