import { PlanEvent } from '../events/plan-events';
import {
  approvedPlanEvents,
  closedPlanEvents,
  consuntivoRecordedEvents,
  DELIBERA_28,
  DELIBERA_BILANCIO,
  DELIBERA_PDS,
  DELIBERA_RELAZIONE,
  draftingPlanEvents,
  OBJECTIVES,
  objectiveDrafted,
  openVariationEvents,
  PLAN_ID,
  planCreated,
  proposedPlanEvents,
  relazioneApprovedEvents,
  SERVIZIO,
  submittedPlanEvents,
  TOGNI,
} from '../testing/plan-fixtures';
import { deadlineStatusOn } from './deadline-status';
import { evolveCalendar } from './evolve-calendar';
import { foldCalendar, levateRules, sourceOf } from './testing/calendar-fixtures';

const centroId = SERVIZIO.centroId;
const SEGRETARIO_LEVATE = { id: 'segretario.levate', name: 'Segretario Comunale di Levate', email: 'segretario@comune.levate.bg.it' };
const PIAO = `${PLAN_ID}/piao`;
const PDS = `${PLAN_ID}/objective/${OBJECTIVES.istruzione}`;
const budgetRecorded: PlanEvent = { type: 'BudgetApprovalRecorded', data: { planId: PLAN_ID, delibera: DELIBERA_BILANCIO } };
const milestoneMet: PlanEvent = {
  type: 'ObjectiveMilestoneMet',
  data: { planId: PLAN_ID, centroId, objectiveId: OBJECTIVES.istruzione, act: DELIBERA_PDS },
};
const moved = (deadline: string, previousDeadline = '2024-10-31'): PlanEvent => ({
  type: 'ObjectiveDeadlineMoved',
  data: { planId: PLAN_ID, centroId, objectiveId: OBJECTIVES.istruzione, deadline, previousDeadline, reason: 'Consiglio convocato a novembre' },
});
const monitored = (objectiveId: string): PlanEvent => ({
  type: 'MonitoringRecorded',
  data: { planId: PLAN_ID, centroId, objectiveId, progressPct: 50, notes: 'in corso' },
});

/** positions in the fold are 1-based: the n-th event is `event-n` */
const eventIdOf = (events: PlanEvent[], type: PlanEvent['type']) => `event-${events.findIndex((e) => e.type === type) + 1}`;

describe('the deadline calendar', () => {
  describe('statutory deadlines, from the plan year and the rules', () => {
    it('opens the PIAO deadline (31 January) for the Segretario when the plan is created', () => {
      const calendar = foldCalendar([planCreated()])!;
      expect(calendar.deadlines.get(PIAO)!).toMatchObject({
        kind: 'statutory',
        rule: 'piao',
        title: 'Approvazione del PIAO 2024 (Piano della Performance)',
        ente: { code: 'levate', name: 'Comune di Levate' },
        owners: [SEGRETARIO_LEVATE],
        escalateTo: [SEGRETARIO_LEVATE],
        dueDate: '2024-01-31',
        status: 'open',
        sources: [{ eventId: 'event-1', type: 'PlanCreated', position: 1 }],
      });
    });

    it('falls back to the default Segretario for an ente without contacts of its own', () => {
      const calendar = foldCalendar([planCreated({ ente: { code: 'osio', name: 'Comune di Osio Sotto', provincia: 'BG' } })])!;
      expect(calendar.deadlines.get(PIAO)!.owners).toEqual([{ id: 'segretario', name: 'Segretario Comunale', email: 'segretario@comune.example' }]);
    });

    it('moves the PIAO deadline to 30 days after the budget approval once its delibera is recorded', () => {
      const events = [...draftingPlanEvents(), budgetRecorded];
      const piao = foldCalendar(events)!.deadlines.get(PIAO)!;
      expect(piao.dueDate).toBe('2024-04-13');
      expect(piao.moves).toEqual([
        { from: '2024-01-31', to: '2024-04-13', reason: 'approvazione del bilancio (delibera di Consiglio n. 9 del 14/03/2024)', eventId: `event-${events.length}` },
      ]);
      expect(piao.sources.map((s) => s.type)).toEqual(['PlanCreated', 'BudgetApprovalRecorded']);
    });

    it('is met by the approval of the plan, dated by its delibera, on time after the budget', () => {
      const events = [...draftingPlanEvents(), budgetRecorded, ...approvedPlanEvents().slice(draftingPlanEvents().length)];
      const piao = foldCalendar(events)!.deadlines.get(PIAO)!;
      expect(piao.status).toBe('met');
      expect(piao.met).toEqual({ eventId: eventIdOf(events, 'PlanApproved'), type: 'PlanApproved', date: '2024-04-09', act: DELIBERA_28, late: false });
    });

    it('is met late when no budget approval moved it past 31 January', () => {
      expect(foldCalendar(approvedPlanEvents())!.deadlines.get(PIAO)!.met?.late).toBe(true);
    });

    it('is judged on time again when the budget approval is recorded after the plan was approved', () => {
      const piao = foldCalendar([...approvedPlanEvents(), budgetRecorded])!.deadlines.get(PIAO)!;
      expect(piao).toMatchObject({ status: 'met', dueDate: '2024-04-13', met: { date: '2024-04-09', late: false } });
      expect(piao.moves).toHaveLength(1);
    });

    it('opens monitoring, consuntivo, Relazione and validation when the plan is approved, with their owners', () => {
      const before = foldCalendar(proposedPlanEvents())!;
      expect([...before.deadlines.keys()]).toEqual([PIAO]);
      const { deadlines } = foldCalendar(approvedPlanEvents())!;
      const due = (key: string) => deadlines.get(`${PLAN_ID}/${key}`);
      expect(due('monitoraggio')).toMatchObject({ dueDate: '2024-07-31', owners: [TOGNI], status: 'open' });
      expect(due('consuntivo')).toMatchObject({ dueDate: '2025-03-31', owners: [TOGNI] });
      expect(due('relazione')).toMatchObject({ dueDate: '2025-06-30', owners: [SEGRETARIO_LEVATE] });
      expect(due('validazione')).toMatchObject({ dueDate: '2025-06-30', owners: [{ id: 'nucleo.levate' }] });
    });

    it('meets monitoring with the last objective monitored, and the consuntivo with the last recorded', () => {
      const objectives = Object.values(OBJECTIVES);
      const events = [...approvedPlanEvents(), ...objectives.map(monitored)];
      const partly = foldCalendar(events.slice(0, -1))!;
      expect(partly.deadlines.get(`${PLAN_ID}/monitoraggio`)!.status).toBe('open');
      const all = foldCalendar([{ event: events[0] }, ...events.slice(1, -1), { event: events[events.length - 1], at: '2024-07-20T10:00:00.000Z' }])!;
      expect(all.deadlines.get(`${PLAN_ID}/monitoraggio`)!.met).toEqual({ eventId: `event-${events.length}`, type: 'MonitoringRecorded', date: '2024-07-20', late: false });
      expect(foldCalendar(consuntivoRecordedEvents())!.deadlines.get(`${PLAN_ID}/consuntivo`)!.status).toBe('met');
    });

    it('opens the Relazione again when the Nucleo refuses it, and cancels what is open when the plan closes', () => {
      const relazione = `${PLAN_ID}/relazione`;
      expect(foldCalendar(relazioneApprovedEvents())!.deadlines.get(relazione)!.met?.act).toEqual(DELIBERA_RELAZIONE);
      const refused: PlanEvent = { type: 'RelazioneRefused', data: { planId: PLAN_ID, reason: 'Manca il confronto con il 2023' } };
      const reopened = foldCalendar([...relazioneApprovedEvents(), refused])!.deadlines.get(relazione)!;
      expect(reopened.status).toBe('open');
      expect(reopened.met).toBeUndefined();
      expect(reopened.sources.map((s) => s.type)).toEqual(['PlanApproved', 'RelazioneApproved', 'RelazioneRefused']);

      const closed = foldCalendar(closedPlanEvents())!;
      expect(closed.phase).toBe('closed');
      expect(closed.deadlines.get(`${PLAN_ID}/validazione`)!.status).toBe('met');
      expect(closed.deadlines.get(`${PLAN_ID}/monitoraggio`)!).toMatchObject({
        status: 'cancelled',
        cancelled: { type: 'RelazioneValidated', reason: 'piano chiuso con la validazione della Relazione' },
      });
    });
  });

  describe("an objective's deadline", () => {
    it('appears when the plan is approved, owned by the responsabile of its centro', () => {
      expect(foldCalendar(proposedPlanEvents())!.deadlines.get(PDS)!).toBeUndefined();
      const events = approvedPlanEvents();
      expect(foldCalendar(events)!.deadlines.get(PDS)!).toEqual({
        deadlineId: PDS,
        planId: PLAN_ID,
        ente: { code: 'levate', name: 'Comune di Levate' },
        planYear: 2024,
        kind: 'objective',
        rule: 'objective',
        title: 'Obiettivo «Istruzione»',
        description: 'Delibera di Consiglio di approvazione del PDS (obiettivo atteso: entro ottobre 2024)',
        centroId,
        objectiveId: OBJECTIVES.istruzione,
        owners: [TOGNI],
        escalateTo: [SEGRETARIO_LEVATE],
        dueDate: '2024-10-31',
        status: 'open',
        moves: [],
        sources: [
          { eventId: `event-${events.findIndex((e) => e.type === 'ObjectiveDrafted' && e.data.objectiveId === OBJECTIVES.istruzione) + 1}`, type: 'ObjectiveDrafted', position: expect.any(Number), recordedAt: '2024-01-15T09:00:00.000Z' },
          { eventId: eventIdOf(events, 'PlanApproved'), type: 'PlanApproved', position: events.length, recordedAt: '2024-01-15T09:00:00.000Z' },
        ],
      });
    });

    it('is owned by the objective owner when one is named', () => {
      const events = approvedPlanEvents().map((e) =>
        e.type === 'ObjectiveDrafted' && e.data.objectiveId === OBJECTIVES.istruzione
          ? objectiveDrafted({ ...e.data, ownerId: 'ufficio.scuola' })
          : e,
      );
      expect(foldCalendar(events)!.deadlines.get(PDS)!.owners).toEqual([{ id: 'ufficio.scuola', name: 'ufficio.scuola' }]);
    });

    it('moves with MoveDeadline, and is met by the Consiglio delibera on the PDS', () => {
      const events = [...approvedPlanEvents(), moved('2024-11-15'), milestoneMet];
      const pds = foldCalendar(events)!.deadlines.get(PDS)!;
      expect(pds).toMatchObject({
        dueDate: '2024-11-15',
        status: 'met',
        moves: [{ from: '2024-10-31', to: '2024-11-15', reason: 'Consiglio convocato a novembre', eventId: `event-${events.length - 1}` }],
        met: { eventId: `event-${events.length}`, type: 'ObjectiveMilestoneMet', date: '2024-10-24', act: DELIBERA_PDS, late: false },
      });
      expect(pds.sources.map((s) => s.type)).toEqual(['ObjectiveDrafted', 'PlanApproved', 'ObjectiveDeadlineMoved', 'ObjectiveMilestoneMet']);
    });

    it('is cancelled when the objective is withdrawn in a variation', () => {
      const withdrawn: PlanEvent = { type: 'ObjectiveWithdrawn', data: { planId: PLAN_ID, centroId, objectiveId: OBJECTIVES.istruzione } };
      expect(foldCalendar([...openVariationEvents(), withdrawn])!.deadlines.get(PDS)!).toMatchObject({
        status: 'cancelled',
        cancelled: { type: 'ObjectiveWithdrawn', reason: 'obiettivo ritirato' },
      });
    });

    it('follows a revision inside a variation, and opens for an objective drafted in it', () => {
      const revised: PlanEvent = {
        type: 'ObjectiveRevised',
        data: { planId: PLAN_ID, centroId, objectiveId: OBJECTIVES.istruzione, changes: { deadline: '2024-11-30', title: 'Istruzione e PDS' } },
      };
      const drafted = objectiveDrafted({ objectiveId: 'obj-mensa', title: 'Refezione scolastica', deadline: '2024-09-15' });
      const { deadlines } = foldCalendar([...openVariationEvents(), revised, drafted])!;
      expect(deadlines.get(PDS)).toMatchObject({
        dueDate: '2024-11-30',
        title: 'Obiettivo «Istruzione e PDS»',
        moves: [{ from: '2024-10-31', to: '2024-11-30', reason: 'variazione del piano' }],
      });
      expect(deadlines.get(`${PLAN_ID}/objective/obj-mensa`)).toMatchObject({ dueDate: '2024-09-15', status: 'open', owners: [TOGNI] });
    });
  });

  describe('a returned centro', () => {
    it('waits for resubmission within the configured days, met when submitted again', () => {
      const returned: PlanEvent = { type: 'CentroReturned', data: { planId: PLAN_ID, centroId, notes: 'Indicare un target' } };
      const resubmitted: PlanEvent = { type: 'CentroSubmitted', data: { planId: PLAN_ID, centroId, totalPoints: 100 } };
      const id = `${PLAN_ID}/resubmission/${centroId}/1`;
      const waiting = foldCalendar([...submittedPlanEvents(), { event: returned, at: '2024-02-01T16:00:00.000Z' }])!;
      expect(waiting.deadlines.get(id)!).toMatchObject({
        kind: 'procedural',
        title: 'Nuovo invio del centro «Servizio Affari Generali» restituito dal Segretario',
        description: 'Note del Segretario: Indicare un target',
        owners: [TOGNI],
        dueDate: '2024-02-16',
        status: 'open',
      });
      const done = foldCalendar([...submittedPlanEvents(), { event: returned, at: '2024-02-01T16:00:00.000Z' }, { event: resubmitted, at: '2024-02-05T09:00:00.000Z' }])!;
      expect(done.deadlines.get(id)!.met).toMatchObject({ type: 'CentroSubmitted', date: '2024-02-05', late: false });
    });
  });

  it('keeps the deadlines an event does not touch as they were, and ignores events it does not need', () => {
    const rules = levateRules();
    const before = foldCalendar(approvedPlanEvents(), rules)!;
    const after = evolveCalendar(before, moved('2024-11-15'), sourceOf(moved('2024-11-15'), 99), rules)!;
    expect(after.deadlines.get(PIAO)!).toBe(before.deadlines.get(PIAO)!);
    expect(after.deadlines.get(PDS)!).not.toBe(before.deadlines.get(PDS)!);
    const indicator: PlanEvent = {
      type: 'IndicatorValueRecorded',
      data: { planId: PLAN_ID, centroId, indicatorId: 'ind-x', year: 2024, value: { kind: 'count', value: 1 } },
    };
    expect(evolveCalendar(after, indicator, sourceOf(indicator, 100), rules)).toBe(after);
  });

  it('shows an open deadline whose day has passed as missed', () => {
    const pds = foldCalendar(approvedPlanEvents())!.deadlines.get(PDS)!;
    expect(deadlineStatusOn(pds, '2024-10-31')).toBe('open');
    expect(deadlineStatusOn(pds, '2024-11-01')).toBe('missed');
    expect(deadlineStatusOn({ ...pds, status: 'met' }, '2024-11-01')).toBe('met');
  });
});
