import { PlanEvent } from '../events/plan-events';
import { foldPlan } from '../testing/given-when-then';
import {
  approvedPlanEvents,
  consuntivoRecorded,
  DELIBERA_BILANCIO,
  draftingPlanEvents,
  OBJECTIVES,
  objectiveDrafted,
  PLAN_ID,
  planCreated,
  SERVIZIO,
  servizioAdded,
  settoreAdded,
  TOGNI,
  VERBALE_NUCLEO,
} from '../testing/plan-fixtures';
import { nucleoWarnings } from './nucleo-warnings';
import { parseSmvpRules } from './parse-smvp-rules';
import { CHOSEN, foldTimed, levateConsuntivo, levateScoredBy, secondSettoreEvents } from './testing/scoring-fixtures';

const codes = (events: PlanEvent[]) => nucleoWarnings(foldPlan(events)!).map((w) => w.code);
const budgetApproved = (data: string): PlanEvent => ({ type: 'BudgetApprovalRecorded', data: { planId: PLAN_ID, delibera: { ...DELIBERA_BILANCIO, data } } });

describe('late approval of the objectives', () => {
  it('flags Levate approved on 09/04/2024 without a budget deferral: 69 days after 31/01, and more than 3 months into the year', () => {
    const warnings = nucleoWarnings(foldPlan(approvedPlanEvents())!).filter((w) => w.code.startsWith('approved'));
    expect(warnings).toEqual([
      {
        code: 'approved_after_deadline',
        severity: 'high',
        message:
          "Piano e obiettivi approvati con Delibera di Giunta n. 28 del 09/04/2024, 69 giorni dopo il termine del 31/01/2024 per l'approvazione del PIAO (termine ordinario dell'anno 2024).",
        facts: { approvalDate: '2024-04-09', deliberaNumero: 28, deadline: '2024-01-31', deadlineBasis: 'year', budgetApprovalDate: null, daysLate: 69 },
      },
      {
        code: 'approved_months_into_year',
        severity: 'medium',
        message: expect.stringContaining("a oltre 3 mesi dall'inizio dell'anno 2024 (dopo il 31/03/2024)"),
        facts: { approvalDate: '2024-04-09', deliberaNumero: 28, monthsLimit: 3, limitDate: '2024-03-31', daysIntoYear: 99 },
      },
    ]);
  });

  it('moves the deadline to 30 days after a deferred budget: approved on 09/04 within 13/04 is on time, yet still months into the year', () => {
    expect(codes([...approvedPlanEvents(), budgetApproved('2024-03-14')])).not.toContain('approved_after_deadline');
    expect(codes([...approvedPlanEvents(), budgetApproved('2024-03-14')])).toContain('approved_months_into_year');
    const late = nucleoWarnings(foldPlan([...approvedPlanEvents(), budgetApproved('2024-03-01')])!)[0];
    expect(late.facts).toMatchObject({ deadline: '2024-03-31', deadlineBasis: 'budget', budgetApprovalDate: '2024-03-01', daysLate: 9 });
    expect(late.message).toContain("30 giorni dall'approvazione del bilancio");
  });

  it('never brings the deadline before 31 January: a budget approved in December leaves it there', () => {
    const approvedInFebruary = approvedPlanEvents().map((e) =>
      e.type === 'PlanApproved' ? { ...e, data: { ...e.data, delibera: { ...e.data.delibera, data: '2024-02-05' } } } : e,
    );
    const warning = nucleoWarnings(foldPlan([...approvedInFebruary, budgetApproved('2023-12-20')])!)[0];
    expect(warning).toMatchObject({ code: 'approved_after_deadline', facts: { deadline: '2024-01-31', deadlineBasis: 'year', daysLate: 5 } });
  });

  it("takes the months from the ente's rules", () => {
    const rules = parseSmvpRules({ default: { scoring: { kind: 'proportional' } }, enti: { levate: { warnings: { approvalMonthsIntoYear: 4 } } } });
    expect(nucleoWarnings(foldPlan(approvedPlanEvents())!, rules).map((w) => w.code)).not.toContain('approved_months_into_year');
  });

  it('says nothing of a plan not yet approved', () => {
    expect(codes(draftingPlanEvents()).filter((c) => c.startsWith('approved'))).toEqual([]);
  });
});

describe('objectives without a measurable target', () => {
  it('flags each active objective none of whose indicators has a target', () => {
    const warnings = nucleoWarnings(foldPlan(draftingPlanEvents())!).filter((w) => w.code === 'objective_without_target');
    expect(warnings.map((w) => w.objectiveId)).toEqual([OBJECTIVES.transizioneDigitale, OBJECTIVES.anticorruzione]);
    expect(warnings[0]).toMatchObject({
      severity: 'medium',
      centroId: SERVIZIO.centroId,
      message: "L'obiettivo «Transizione digitale» (AG) non ha un indicatore con un valore atteso (target): il grado di raggiungimento non è misurabile.",
      facts: { title: 'Transizione digitale', centroCode: 'AG', indicators: 1 },
    });
  });

  it('treats a blank target as none, and skips withdrawn objectives', () => {
    const events: PlanEvent[] = [
      planCreated(),
      settoreAdded(),
      servizioAdded(),
      objectiveDrafted({ objectiveId: 'obj-blank', indicators: [{ description: 'Finanziamenti ottenuti', target: '   ' }] }),
      objectiveDrafted({ objectiveId: 'obj-withdrawn', indicators: [] }),
      { type: 'ObjectiveWithdrawn', data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, objectiveId: 'obj-withdrawn' } },
      objectiveDrafted({ objectiveId: 'obj-measured', indicators: [{ description: 'Finanziamenti ottenuti', target: '6 su 6' }] }),
    ];
    expect(nucleoWarnings(foldPlan(events)!).map((w) => w.objectiveId)).toEqual(['obj-blank']);
  });
});

describe('consuntivi recorded long after the year', () => {
  const recordedAt = (at: string) =>
    nucleoWarnings(
      foldTimed([...approvedPlanEvents(), { type: 'ConsuntivoStarted', data: { planId: PLAN_ID } }, { event: consuntivoRecorded(OBJECTIVES.tempiPagamento, 90), at, actorId: TOGNI.id }]),
    ).filter((w) => w.code === 'consuntivo_recorded_late');

  it('flags a consuntivo recorded after 30 June of the year after, by the day in Rome', () => {
    expect(recordedAt('2025-06-30T21:30:00.000Z')).toEqual([]); // 23:30 of 30/06 in Rome
    expect(recordedAt('2025-06-30T22:30:00.000Z')).toEqual([
      {
        code: 'consuntivo_recorded_late',
        severity: 'medium',
        message: expect.stringContaining('è stato registrato il 01/07/2025, 1 giorno dopo il 30/06/2025'),
        objectiveId: OBJECTIVES.tempiPagamento,
        centroId: SERVIZIO.centroId,
        facts: { recordedAt: '2025-06-30T22:30:00.000Z', recordedOn: '2025-07-01', actorId: TOGNI.id, limitDate: '2025-06-30', daysLate: 1 },
      },
    ]);
  });
});

describe('scores without differentiation', () => {
  const allAt = (pct: number) => Object.fromEntries(Object.keys(CHOSEN).map((id) => [id, { recorded: pct }]));
  const differentiation = (plan: ReturnType<typeof foldTimed>, rules = levateScoredBy({ kind: 'proportional' })) =>
    nucleoWarnings(plan, rules).filter((w) => w.code === 'no_differentiation');

  it('flags every validated objective at 100%', () => {
    expect(differentiation(foldTimed(levateConsuntivo(allAt(100))))).toEqual([
      {
        code: 'no_differentiation',
        severity: 'high',
        message:
          'Tutti i 4 obiettivi validati sono realizzati al 100%: valutazioni non differenziate. La Corte dei conti considera danno erariale i premi erogati senza differenziazione.',
        facts: { validatedObjectives: 4, objectivesAtMaximum: 4, centri: 1, centriAtMaximum: 1 },
      },
    ]);
  });

  it('names the centri when there are two or more, all at their maximum', () => {
    const extra = secondSettoreEvents();
    const achievements = { ...allAt(100), 'obj-imu': { recorded: 100, centroId: 'centro-trib' }, 'obj-tari': { recorded: 100, centroId: 'centro-trib' } };
    const [warning] = differentiation(foldTimed(levateConsuntivo(achievements, { extra })));
    expect(warning.message).toContain('Tutti i 6 obiettivi validati sono realizzati al 100% e tutti i 2 centri ottengono il punteggio massimo');
    expect(warning.facts).toEqual({ validatedObjectives: 6, objectivesAtMaximum: 6, centri: 2, centriAtMaximum: 2 });
  });

  it('is silent when one objective falls short, also when only the Nucleo lowered it', () => {
    expect(differentiation(foldTimed(levateConsuntivo({ ...allAt(100), [OBJECTIVES.istruzione]: { recorded: 100, validated: 99, reason: 'PDS approvato il 5 novembre' } })))).toEqual([]);
  });

  it('follows the rule: under bands 99% counts 75%, which is not the maximum', () => {
    const plan = foldTimed(levateConsuntivo({ ...allAt(100), [OBJECTIVES.istruzione]: { recorded: 99 } }));
    expect(differentiation(plan, levateScoredBy({ kind: 'bands', bands: [0, 50, 75, 100] }))).toEqual([]);
  });

  it('needs at least two validated objectives, and a validation', () => {
    const single: PlanEvent[] = [
      planCreated(),
      settoreAdded(),
      servizioAdded(),
      objectiveDrafted({ points: 100, indicators: [{ description: 'Finanziamenti ottenuti', target: '6 su 6' }] }),
      { type: 'PlanApproved', data: { planId: PLAN_ID, delibera: { organo: 'giunta', numero: 5, data: '2024-01-20' } } },
      { type: 'ConsuntivoStarted', data: { planId: PLAN_ID } },
      consuntivoRecorded(OBJECTIVES.transizioneDigitale, 100),
      {
        type: 'ConsuntivoValidated',
        data: { planId: PLAN_ID, verbale: VERBALE_NUCLEO, results: [{ objectiveId: OBJECTIVES.transizioneDigitale, centroId: SERVIZIO.centroId, recordedPct: 100, validatedPct: 100 }] },
      },
    ];
    expect(nucleoWarnings(foldPlan(single)!)).toEqual([]);
    expect(differentiation(foldTimed(levateConsuntivo(allAt(100), { validate: false })))).toEqual([]);
  });
});
