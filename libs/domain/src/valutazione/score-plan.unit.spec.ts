import { OBJECTIVES, PLAN_ID, SERVIZIO, SETTORE, TOGNI, VERBALE_NUCLEO } from '../testing/plan-fixtures';
import { scorePlan } from './score-plan';
import { CHOSEN, foldTimed, levateConsuntivo, levateScoredBy, secondSettoreEvents, shippedSmvpRules } from './testing/scoring-fixtures';

const objectiveScore = (score: ReturnType<typeof scorePlan>, objectiveId: string) =>
  score.centri.flatMap((c) => c.objectiveScores).find((o) => o.objectiveId === objectiveId)!;

describe('scoring the Levate plan with the shipped (proportional) rules', () => {
  // 100, 80 validated as 70 with a reason, 50.5 and 0 on 55, 30, 5 and 10 points
  const score = scorePlan(foldTimed(levateConsuntivo(CHOSEN)), shippedSmvpRules());

  it('awards each objective its points x the validated achievement, to the cent', () => {
    const awarded = Object.values(OBJECTIVES).map((id) => objectiveScore(score, id).pointsAwarded);
    expect(awarded).toEqual([55, 21, 2.53, 0]); // 55 x 100%, 30 x 70%, 5 x 50.5% = 2.525 -> 2.53, 10 x 0%
  });

  it("sums the centro, its settore and the plan: 55 + 21 + 2.53 + 0 = 78.53 of 100", () => {
    const totals = { awarded: 78.53, maximum: 100, pct: 78.53, objectives: 4, validatedObjectives: 4 };
    expect(score.centri).toHaveLength(1); // the settore holds the servizio and has no objectives of its own
    expect(score.centri[0]).toMatchObject({ code: SERVIZIO.code, settoreCode: SETTORE.code, responsabile: { id: TOGNI.id }, ...totals });
    expect(score.settori).toEqual([{ code: SETTORE.code, name: expect.any(String), centroId: SETTORE.centroId, centri: [SETTORE.code, SERVIZIO.code], ...totals }]);
    expect(score).toMatchObject({ planId: PLAN_ID, year: 2024, complete: true, ...totals });
  });

  it('explains the adjusted objective: the consuntivo, the Nucleo\'s reason, the rule, the calculation', () => {
    expect(objectiveScore(score, OBJECTIVES.tempiPagamento)).toEqual({
      objectiveId: OBJECTIVES.tempiPagamento,
      centroId: SERVIZIO.centroId,
      title: 'Rispetto dei tempi di pagamento',
      points: 30,
      status: 'validated',
      statusLabel: 'validato dal Nucleo',
      consuntivo: { achievementPct: 80, evidence: 'Relazione del responsabile: 80%', recordedAt: '2025-02-10T09:00:00.000Z', actorId: TOGNI.id },
      validation: {
        recordedPct: 80,
        validatedPct: 70,
        adjusted: true,
        adjustmentReason: 'Tempo medio di pagamento 34 giorni su PCC',
        verbale: VERBALE_NUCLEO,
        validatedAt: '2025-04-15T10:00:00.000Z',
      },
      rule: { kind: 'proportional', description: expect.stringMatching(/^Proporzionale/), outcome: 'si applica il grado validato, 70%' },
      effectivePct: 70,
      pointsAwarded: 21,
      calculation: '30 punti × 70% = 21,00 punti',
    });
    expect(objectiveScore(score, OBJECTIVES.anticorruzione).calculation).toBe('5 punti × 50,5% = 2,53 punti');
    expect(objectiveScore(score, OBJECTIVES.anticorruzione).validation).toMatchObject({ adjusted: false });
    expect(objectiveScore(score, OBJECTIVES.anticorruzione).validation).not.toHaveProperty('adjustmentReason');
  });

  it('names the rules it used', () => {
    expect(score.rules).toEqual({ enteCode: 'levate', origin: 'default', scoring: { kind: 'proportional' }, description: expect.any(String) });
  });
});

describe("scoring under an ente's own rules", () => {
  const plan = foldTimed(levateConsuntivo(CHOSEN));

  it('a threshold of 60%: 50.5% earns nothing, so 55 + 21 + 0 + 0 = 76', () => {
    const score = scorePlan(plan, levateScoredBy({ kind: 'threshold', minimumPct: 60 }));
    expect(objectiveScore(score, OBJECTIVES.anticorruzione)).toMatchObject({ effectivePct: 0, pointsAwarded: 0, rule: { outcome: '50,5% è sotto la soglia del 60%: nessun punto' } });
    expect(score).toMatchObject({ awarded: 76, pct: 76, rules: { origin: 'ente', scoring: { kind: 'threshold', minimumPct: 60 } } });
  });

  it('bands 0/50/75/100: 70% counts 50% and 50.5% counts 50%, so 55 + 15 + 2.5 + 0 = 72.5', () => {
    const score = scorePlan(plan, levateScoredBy({ kind: 'bands', bands: [0, 50, 75, 100] }));
    expect(Object.values(OBJECTIVES).map((id) => objectiveScore(score, id).pointsAwarded)).toEqual([55, 15, 2.5, 0]);
    expect(score.settori[0]).toMatchObject({ awarded: 72.5, maximum: 100, pct: 72.5 });
  });
});

describe('scoring before the Nucleo validates', () => {
  it('awards nothing yet, and says what each objective waits for', () => {
    const { [OBJECTIVES.istruzione]: _notRecorded, ...recorded } = CHOSEN;
    const score = scorePlan(foldTimed(levateConsuntivo(recorded, { validate: false })), shippedSmvpRules());
    expect(objectiveScore(score, OBJECTIVES.transizioneDigitale)).toMatchObject({
      status: 'awaiting_validation',
      statusLabel: 'non ancora validato dal Nucleo',
      consuntivo: { achievementPct: 100 },
      effectivePct: null,
      pointsAwarded: null,
    });
    expect(objectiveScore(score, OBJECTIVES.istruzione)).toMatchObject({ status: 'awaiting_consuntivo', pointsAwarded: null });
    expect(objectiveScore(score, OBJECTIVES.istruzione)).not.toHaveProperty('consuntivo');
    expect(score).toMatchObject({ complete: false, awarded: 0, maximum: 100, pct: 0, validatedObjectives: 0 });
  });
});

describe('settori', () => {
  const extra = secondSettoreEvents();
  const achievements = { ...CHOSEN, 'obj-imu': { recorded: 90, centroId: 'centro-trib' }, 'obj-tari': { recorded: 100, centroId: 'centro-trib' } };

  it('groups each centro di attività with the centro di responsabilità its parentCode names', () => {
    const score = scorePlan(foldTimed(levateConsuntivo(achievements, { extra })), shippedSmvpRules());
    expect(score.settori.map(({ code, centri, awarded, maximum, pct }) => ({ code, centri, awarded, maximum, pct }))).toEqual([
      { code: SETTORE.code, centri: [SETTORE.code, SERVIZIO.code], awarded: 78.53, maximum: 100, pct: 78.53 },
      { code: 'FIN', centri: ['FIN', 'TRIB'], awarded: 94, maximum: 100, pct: 94 }, // 60 x 90% + 40 x 100%
    ]);
    expect(score.centri.map((c) => [c.code, c.settoreCode])).toEqual([
      [SERVIZIO.code, SETTORE.code],
      ['TRIB', 'FIN'],
    ]);
    expect(score).toMatchObject({ awarded: 172.53, maximum: 200, pct: 86.27 }); // 172.53 / 200 = 86.265%
  });

  it('leaves a centro whose parentCode names no centro of the plan in a settore of its own', () => {
    const orphan = extra.map((event) =>
      event.type === 'CentroAdded' && event.data.code === 'TRIB' ? { ...event, data: { ...event.data, parentCode: 'NESSUNO' } } : event,
    );
    const score = scorePlan(foldTimed(levateConsuntivo(achievements, { extra: orphan })), shippedSmvpRules());
    expect(score.settori.map((s) => s.centri)).toEqual([[SETTORE.code, SERVIZIO.code], ['TRIB']]);
  });

  it('leaves withdrawn objectives out of every total', () => {
    const withdrawn = [...extra, { type: 'ObjectiveWithdrawn' as const, data: { planId: PLAN_ID, centroId: 'centro-trib', objectiveId: 'obj-tari' } }];
    const { 'obj-tari': _withdrawn, ...rest } = achievements;
    const score = scorePlan(foldTimed(levateConsuntivo(rest, { extra: withdrawn })), shippedSmvpRules());
    expect(score.settori[1]).toMatchObject({ code: 'FIN', awarded: 54, maximum: 60, pct: 90, objectives: 1 });
  });
});
