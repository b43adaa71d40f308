import { DecisionContext, PlanCommand } from '../commands/plan-commands';
import { PlanEvent } from '../events/plan-events';
import { EventContext, evolvePlan } from '../plan/evolve-plan';
import { Plan } from '../plan/plan-state';
import { planCommand, LEVATE, OBJECTIVES, SERVIZIO, SETTORE, TOGNI } from '../testing/plan-fixtures';
import { decidePlan } from './decide-plan';

/**
 * The Levate 2024 cycle from the first draft to the validated Relazione, driven only through
 * commands: every step is decided against the state the previous steps built.
 */
class Cycle {
  state: Plan | undefined;
  readonly history: PlanEvent[] = [];

  run(command: PlanCommand, on: string, actorId = 'segretario-levate'): PlanEvent[] {
    const decision: DecisionContext = { now: `${on}T10:00:00.000Z` };
    const events = decidePlan(command, this.state, decision);
    const recorded: EventContext = { recordedAt: decision.now, actorId };
    for (const event of events) this.state = evolvePlan(this.state, event, recorded);
    this.history.push(...events);
    return events;
  }

  get plan(): Plan {
    if (!this.state) throw new Error('no plan yet');
    return this.state;
  }
}

const giunta = (numero: number, data: string) => ({ organo: 'giunta' as const, numero, data });

function draftLevateObjectives(cycle: Cycle): void {
  const objective = (objectiveId: string, title: string, points: number, indicator: string, referenceYears: number[], deadline?: string) =>
    planCommand('DraftObjective', {
      centroId: SERVIZIO.centroId,
      objectiveId,
      title,
      points,
      expectedPerformance: title,
      indicators: [{ description: indicator }],
      referenceYears,
      ...(deadline ? { deadline } : {}),
    });
  cycle.run(objective(OBJECTIVES.transizioneDigitale, 'Transizione digitale', 55, 'Ottenimento finanziamento bandi PNRR', [2024]), '2024-01-10', TOGNI.id);
  cycle.run(objective(OBJECTIVES.tempiPagamento, 'Rispetto dei tempi di pagamento', 30, 'Dati PCC', [2024, 2025, 2026]), '2024-01-10', TOGNI.id);
  cycle.run(objective(OBJECTIVES.anticorruzione, 'Anticorruzione e trasparenza', 5, 'Caricamento dati su AT', [2024, 2025, 2026]), '2024-01-10', TOGNI.id);
  cycle.run(objective(OBJECTIVES.istruzione, 'Istruzione', 10, 'PDS approvato in Consiglio', [2024], '2024-10-31'), '2024-01-10', TOGNI.id);
}

describe('the full cycle of the Levate 2024 plan', () => {
  it('goes from creation to a closed plan, awarding 94 points to the Servizio Affari Generali', () => {
    const cycle = new Cycle();
    const servizio = SERVIZIO.centroId;

    // 1. drafting
    cycle.run(planCommand('CreatePlan', { ente: LEVATE, year: 2024, triennio: [2024, 2026] }), '2023-11-15');
    cycle.run(
      planCommand('AddCentro', { centroId: SETTORE.centroId, code: SETTORE.code, name: 'Affari Generali, Socio-culturali e sportivi e servizi alla persona', kind: 'responsabilita', responsabile: TOGNI }),
      '2023-11-15',
    );
    cycle.run(
      planCommand('AddCentro', { centroId: servizio, code: SERVIZIO.code, name: 'Servizio Affari Generali', kind: 'attivita', parentCode: SETTORE.code, responsabile: TOGNI }),
      '2023-11-15',
    );
    cycle.run(planCommand('DescribeService', { centroId: servizio, description: 'Il Servizio gestisce servizi di supporto al Sindaco, alla Giunta e al Consiglio.' }), '2023-12-01', TOGNI.id);
    cycle.run(planCommand('AddActivity', { centroId: servizio, activityId: 'act-1', number: 1, description: 'Protocollazione notificazione atti' }), '2023-12-01', TOGNI.id);
    cycle.run(planCommand('DefineActivityIndicator', { centroId: servizio, indicatorId: 'ind-1', area: 'Atti protocollati', description: 'n. protocolli in entrata', activityNumber: 1 }), '2023-12-01', TOGNI.id);
    cycle.run(planCommand('RecordIndicatorValue', { centroId: servizio, indicatorId: 'ind-1', year: 2023, value: { kind: 'count', value: 4897 } }), '2024-01-08', TOGNI.id);
    draftLevateObjectives(cycle);

    // 2. submission, return with notes, resubmission, proposal
    expect(cycle.run(planCommand('SubmitCentro', { centroId: servizio }), '2024-01-20', TOGNI.id)).toEqual([
      { type: 'CentroSubmitted', data: { planId: cycle.plan.planId, centroId: servizio, totalPoints: 100 } },
    ]);
    cycle.run(planCommand('ProposePlan', {}), '2024-02-01');
    cycle.run(planCommand('ReturnCentro', { centroId: servizio, notes: 'Indicare il target dei tempi di pagamento' }), '2024-02-15');
    expect(cycle.plan.status).toBe('drafting');
    cycle.run(planCommand('ReviseObjective', { objectiveId: OBJECTIVES.tempiPagamento, changes: { indicators: [{ description: 'Dati PCC', target: '30 giorni' }] } }), '2024-02-20', TOGNI.id);
    cycle.run(planCommand('SubmitCentro', { centroId: servizio }), '2024-02-21', TOGNI.id);
    cycle.run(planCommand('ProposePlan', {}), '2024-03-01');

    // 3. approval by Delibera di Giunta n. 28 del 09/04/2024
    cycle.run(planCommand('ApprovePlan', { delibera: giunta(28, '2024-04-09') }), '2024-04-09');
    expect(cycle.plan.approval).toEqual({ delibera: giunta(28, '2024-04-09'), approvedAt: '2024-04-09T10:00:00.000Z' });

    // 4.-5. monitoring, and a variation that moves 5 points
    cycle.run(planCommand('RecordMonitoring', { objectiveId: OBJECTIVES.istruzione, progressPct: 40, notes: 'Bozza PDS condivisa con le scuole' }), '2024-07-25', TOGNI.id);
    cycle.run(planCommand('OpenVariation', { variationId: 'var-1', reason: 'Nuovi bandi PNRR' }), '2024-09-10');
    cycle.run(planCommand('ReviseObjective', { objectiveId: OBJECTIVES.transizioneDigitale, changes: { points: 50 } }), '2024-09-12', TOGNI.id);
    cycle.run(planCommand('ReviseObjective', { objectiveId: OBJECTIVES.istruzione, changes: { points: 15 } }), '2024-09-12', TOGNI.id);
    cycle.run(planCommand('ApproveVariation', { variationId: 'var-1', delibera: giunta(97, '2024-09-24') }), '2024-09-24');
    cycle.run(planCommand('RecordIndicatorValue', { centroId: servizio, indicatorId: 'ind-1', year: 2024, value: { kind: 'count', value: 5012 } }), '2025-01-10', TOGNI.id);

    // 7. consuntivo
    cycle.run(planCommand('StartConsuntivo', {}), '2025-01-15');
    const achieved: [string, number][] = [
      [OBJECTIVES.transizioneDigitale, 100],
      [OBJECTIVES.tempiPagamento, 90],
      [OBJECTIVES.anticorruzione, 100],
      [OBJECTIVES.istruzione, 100],
    ];
    for (const [objectiveId, achievementPct] of achieved) {
      cycle.run(planCommand('RecordConsuntivo', { objectiveId, achievementPct, evidence: 'Relazione del responsabile' }), '2025-02-20', TOGNI.id);
    }
    const pagamenti = { objectiveId: OBJECTIVES.tempiPagamento, achievementPct: 80, reason: 'PCC: 34 giorni medi nel quarto trimestre' };
    cycle.run(planCommand('ValidateConsuntivo', { verbale: { data: '2025-03-20', numero: '2/2025' }, adjustments: [pagamenti] }), '2025-03-20', 'nucleo-levate');

    // 8.-9. Relazione: approved, refused, validated again, approved again, validated
    cycle.run(planCommand('ApproveRelazione', { delibera: giunta(50, '2025-04-29') }), '2025-04-29');
    cycle.run(planCommand('RefuseRelazione', { reason: 'Evidenza PCC da allegare' }), '2025-05-10', 'nucleo-levate');
    expect(cycle.plan.centri[1].objectives.every((o) => o.pointsAwarded === undefined)).toBe(true);
    cycle.run(planCommand('ValidateConsuntivo', { verbale: { data: '2025-05-20', numero: '3/2025' }, adjustments: [pagamenti] }), '2025-05-20', 'nucleo-levate');
    cycle.run(planCommand('ApproveRelazione', { delibera: giunta(61, '2025-05-27') }), '2025-05-27');
    cycle.run(planCommand('ValidateRelazione', { documento: { data: '2025-06-10', numero: '5/2025' } }), '2025-06-10', 'nucleo-levate');

    const plan = cycle.plan;
    expect(plan.status).toBe('closed');
    expect(plan.revision).toBe(cycle.history.length - 1);
    expect(cycle.history.every((e) => e.data.planId === 'plan-levate-2024')).toBe(true);
    const awarded = Object.fromEntries(plan.centri[1].objectives.map((o) => [o.title, o.pointsAwarded]));
    expect(awarded).toEqual({
      'Transizione digitale': 50,
      'Rispetto dei tempi di pagamento': 24,
      'Anticorruzione e trasparenza': 5,
      Istruzione: 15,
    });
    expect(Object.values(awarded).reduce((sum, p) => sum! + p!, 0)).toBe(94);
    expect(plan.relazione?.refusals).toEqual([
      { reason: 'Evidenza PCC da allegare', refusedAt: '2025-05-10T10:00:00.000Z', delibera: giunta(50, '2025-04-29') },
    ]);
    expect(plan.variations).toEqual([
      { variationId: 'var-1', reason: 'Nuovi bandi PNRR', openedAt: '2024-09-10T10:00:00.000Z', delibera: giunta(97, '2024-09-24'), approvedAt: '2024-09-24T10:00:00.000Z' },
    ]);
    expect(plan.centri[1].indicators[0].values).toEqual({
      '2023': { kind: 'count', value: 4897 },
      '2024': { kind: 'count', value: 5012 },
    });
    expect(plan.centri[1].objectives[3].monitoring).toEqual([
      { progressPct: 40, notes: 'Bozza PDS condivisa con le scuole', recordedAt: '2024-07-25T10:00:00.000Z', actorId: TOGNI.id },
    ]);
  });
});
