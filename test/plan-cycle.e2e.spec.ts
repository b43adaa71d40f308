import { as, ApiHarness, startApi } from './support/api-harness';

const segretario = as('segretario.levate', 'segretario');
const togni = as('roberto.togni', 'responsabile');
const giunta = as('sindaco.levate', 'giunta');
const nucleo = as('nucleo.levate', 'nucleo');

const objective = (centroId: string, title: string, points: number, extra: Record<string, unknown> = {}) => ({
  centroId,
  title,
  points,
  expectedPerformance: `Performance attesa: ${title}`,
  indicators: [{ description: `Indicatore di ${title}` }],
  referenceYears: [2024],
  ...extra,
});

/** The whole cycle of the Levate 2024 plan through HTTP, on a real SQLite file. */
describe('the cycle of the Levate 2024 plan through the API', () => {
  let api: ApiHarness;
  let planId: string;
  let settore: string;
  let servizio: string;
  const objectives: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi({ now: '2024-03-01T09:00:00Z' });
  });
  afterAll(async () => api.close());

  const storeHead = async () => (await api.call('GET', `/api/plans/${planId}`)).body.position as number;

  it('creates the plan and its centri', async () => {
    const created = await api.call(
      'POST',
      '/api/plans',
      { ente: { code: 'levate', name: 'Comune di Levate', provincia: 'BG' }, year: 2024, triennio: [2024, 2026] },
      segretario,
    );
    expect(created.status).toBe(201);
    expect(created.body.position).toBeGreaterThan(0);
    planId = created.body.planId;

    const responsabile = { id: 'roberto.togni', name: 'Roberto Togni', email: 'roberto.togni@comune.levate.bg.it' };
    const a = await api.call(
      'POST',
      `/api/plans/${planId}/centri`,
      { code: 'AGSCS', name: 'Affari Generali, Socio-culturali e sportivi', kind: 'responsabilita', responsabile },
      segretario,
    );
    expect(a.status).toBe(201);
    settore = a.body.centroId;
    const b = await api.call(
      'POST',
      `/api/plans/${planId}/centri`,
      { code: 'SAG', name: 'Servizio Affari Generali', kind: 'attivita', parentCode: 'AGSCS', responsabile },
      segretario,
    );
    expect(b.status).toBe(201);
    servizio = b.body.centroId;
    expect(settore).not.toEqual(servizio);
  });

  it('drafts objectives and refuses a submission whose points do not sum to 100, appending nothing', async () => {
    for (const [key, points] of [
      ['digitale', 55],
      ['pagamenti', 30],
      ['anticorruzione', 5],
    ] as const) {
      const r = await api.call('POST', `/api/plans/${planId}/objectives`, objective(servizio, key, points), togni);
      expect(r.status).toBe(201);
      objectives[key] = r.body.objectiveId;
    }
    const before = await storeHead();
    const refused = await api.call('POST', `/api/plans/${planId}/centri/${servizio}/submit`, undefined, togni);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/90/);
    expect(await storeHead()).toBe(before);

    const istruzione = await api.call(
      'POST',
      `/api/plans/${planId}/objectives`,
      objective(servizio, 'istruzione', 10, { deadline: '2024-10-31', ownerId: 'roberto.togni' }),
      togni,
    );
    objectives.istruzione = istruzione.body.objectiveId;
    const submitted = await api.call('POST', `/api/plans/${planId}/centri/${servizio}/submit`, undefined, togni);
    expect(submitted.status).toBe(200);
  });

  it('returns the centro with notes, takes the resubmission, proposes and approves with Delibera 28', async () => {
    const returned = await api.call(
      'POST',
      `/api/plans/${planId}/centri/${servizio}/return`,
      { notes: 'Precisare gli indicatori della transizione digitale' },
      segretario,
    );
    expect(returned.status).toBe(200);
    const revised = await api.call(
      'PATCH',
      `/api/plans/${planId}/objectives/${objectives.digitale}`,
      { indicators: [{ description: 'Ottenimento finanziamento bandi PNRR', target: '6 misure finanziate' }] },
      togni,
    );
    expect(revised.status).toBe(200);
    expect((await api.call('POST', `/api/plans/${planId}/centri/${servizio}/submit`, undefined, togni)).status).toBe(200);
    expect((await api.call('POST', `/api/plans/${planId}/propose`, undefined, segretario)).status).toBe(200);

    const approved = await api.call(
      'POST',
      `/api/plans/${planId}/approve`,
      { delibera: { organo: 'giunta', numero: 28, data: '2024-04-09' } },
      { ...giunta },
    );
    // the clock says 1 March: a delibera of 9 April is in the future
    expect(approved.status).toBe(409);
    expect(approved.body.rule).toBe('delibera_in_future');

    api.clock.set('2024-04-10T09:00:00Z');
    const ok = await api.call(
      'POST',
      `/api/plans/${planId}/approve`,
      { delibera: { organo: 'giunta', numero: 28, data: '2024-04-09' } },
      giunta,
    );
    expect(ok.status).toBe(200);
    const plan = (await api.call('GET', `/api/plans/${planId}`)).body;
    expect(plan.status).toBe('approved');
    expect(plan.approval.delibera).toEqual({ organo: 'giunta', numero: 28, data: '2024-04-09' });
  });

  it('refuses an out-of-order command, naming the state and the commands allowed', async () => {
    const again = await api.call('POST', `/api/plans/${planId}/propose`, undefined, segretario);
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/approved/);
    expect(again.body.allowedCommands).toEqual(expect.arrayContaining(['OpenVariation', 'RecordMonitoring']));
  });

  it('freezes the approved plan except inside a variation approved by a second delibera', async () => {
    const frozen = await api.call('PATCH', `/api/plans/${planId}/objectives/${objectives.digitale}`, { points: 50 }, togni);
    expect(frozen.status).toBe(409);

    api.clock.set('2024-09-20T09:00:00Z');
    const variation = await api.call('POST', `/api/plans/${planId}/variations`, { reason: 'Riequilibrio pesi' }, segretario);
    expect(variation.status).toBe(201);
    const variationId = variation.body.variationId;
    expect((await api.call('PATCH', `/api/plans/${planId}/objectives/${objectives.digitale}`, { points: 50 }, togni)).status).toBe(200);
    expect((await api.call('PATCH', `/api/plans/${planId}/objectives/${objectives.istruzione}`, { points: 15 }, togni)).status).toBe(200);

    const reused = await api.call(
      'POST',
      `/api/plans/${planId}/variations/${variationId}/approve`,
      { delibera: { organo: 'giunta', numero: 28, data: '2024-04-09' } },
      giunta,
    );
    expect(reused.status).toBe(409);
    expect(reused.body.rule).toBe('delibera_already_used');

    const approved = await api.call(
      'POST',
      `/api/plans/${planId}/variations/${variationId}/approve`,
      { delibera: { organo: 'giunta', numero: 95, data: '2024-09-18' } },
      giunta,
    );
    expect(approved.status).toBe(200);
  });

  it('records monitoring, the consuntivo and the Nucleo review with one adjustment', async () => {
    const monitoring = await api.call(
      'POST',
      `/api/plans/${planId}/objectives/${objectives.istruzione}/monitoring`,
      { progressPct: 60, notes: 'PDS in bozza, Consiglio di ottobre' },
      togni,
    );
    expect(monitoring.status).toBe(200);

    api.clock.set('2025-02-10T09:00:00Z');
    expect((await api.call('POST', `/api/plans/${planId}/consuntivo/start`, undefined, segretario)).status).toBe(200);
    for (const [key, pct] of [
      ['digitale', 100],
      ['pagamenti', 80],
      ['anticorruzione', 100],
      ['istruzione', 100],
    ] as const) {
      const r = await api.call(
        'POST',
        `/api/plans/${planId}/objectives/${objectives[key]}/consuntivo`,
        { achievementPct: pct, evidence: `Evidenze per ${key}` },
        togni,
      );
      expect(r.status).toBe(200);
    }
    const outOfRange = await api.call(
      'POST',
      `/api/plans/${planId}/objectives/${objectives.pagamenti}/consuntivo`,
      { achievementPct: 120, evidence: 'x' },
      togni,
    );
    expect(outOfRange.status).toBe(400);

    api.clock.set('2025-03-05T09:00:00Z');
    const before = await storeHead();
    const blankReason = await api.call(
      'POST',
      `/api/plans/${planId}/validate`,
      { verbale: { data: '2025-03-01' }, adjustments: [{ objectiveId: objectives.pagamenti, achievementPct: 70, reason: '  ' }] },
      nucleo,
    );
    expect(blankReason.status).toBe(409);
    expect(await storeHead()).toBe(before);

    const validated = await api.call(
      'POST',
      `/api/plans/${planId}/validate`,
      {
        verbale: { data: '2025-03-01', numero: '3/2025' },
        adjustments: [{ objectiveId: objectives.pagamenti, achievementPct: 70, reason: 'Tempo medio di pagamento 34 giorni su PCC' }],
      },
      nucleo,
    );
    expect(validated.status).toBe(200);
  });

  it('closes the plan when the Giunta approves the Relazione and the Nucleo validates it', async () => {
    api.clock.set('2025-05-30T09:00:00Z');
    const refused = await api.call('POST', `/api/plans/${planId}/relazione/refuse`, { reason: 'x' }, nucleo);
    expect(refused.status).toBe(409);
    expect(
      (await api.call('POST', `/api/plans/${planId}/relazione/approve`, { delibera: { organo: 'giunta', numero: 40, data: '2025-05-20' } }, giunta))
        .status,
    ).toBe(200);
    expect(
      (await api.call('POST', `/api/plans/${planId}/relazione/validate`, { documento: { data: '2025-05-28', numero: '5/2025' } }, nucleo)).status,
    ).toBe(200);

    const plan = (await api.call('GET', `/api/plans/${planId}`)).body;
    expect(plan.status).toBe('closed');
    const servizioView = plan.centri.find((c: any) => c.centroId === servizio);
    const awarded = Object.fromEntries(servizioView.objectives.map((o: any) => [o.objectiveId, o.pointsAwarded]));
    expect(awarded[objectives.digitale]).toBe(50);
    expect(awarded[objectives.pagamenti]).toBe(21);
    expect(awarded[objectives.anticorruzione]).toBe(5);
    expect(awarded[objectives.istruzione]).toBe(15);
  });

  it('shows every step in the history with actor, role and delibera, filterable by objective', async () => {
    const history = (await api.call('GET', `/api/plans/${planId}/history`)).body as any[];
    const types = history.map((h) => h.eventType);
    for (const t of [
      'PlanCreated',
      'CentroAdded',
      'ObjectiveDrafted',
      'CentroSubmitted',
      'CentroReturned',
      'ObjectiveRevised',
      'PlanProposed',
      'PlanApproved',
      'VariationOpened',
      'VariationApproved',
      'MonitoringRecorded',
      'ConsuntivoStarted',
      'ConsuntivoRecorded',
      'ConsuntivoValidated',
      'RelazioneApproved',
      'RelazioneValidated',
    ]) {
      expect(types).toContain(t);
    }
    const approval = history.find((h) => h.eventType === 'PlanApproved');
    expect(approval.actor).toEqual({ id: 'sindaco.levate', role: 'giunta' });
    expect(approval.delibera.numero).toBe(28);
    const positions = history.map((h) => h.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const revisedInVariation = history.find(
      (h) => h.eventType === 'ObjectiveRevised' && h.objectiveId === objectives.digitale && h.variationId,
    );
    expect(revisedInVariation.changes).toEqual([{ field: 'points', before: 55, after: 50 }]);

    const onlyIstruzione = (await api.call('GET', `/api/plans/${planId}/history?objectiveId=${objectives.istruzione}`)).body as any[];
    expect(onlyIstruzione.map((h) => h.eventType)).toEqual(
      expect.arrayContaining(['ObjectiveDrafted', 'ObjectiveRevised', 'MonitoringRecorded', 'ConsuntivoRecorded', 'ConsuntivoValidated']),
    );
    // the Nucleo's validation settles every objective at once, so it shows in each objective's history
    const others = onlyIstruzione.filter((h) => h.objectiveId !== objectives.istruzione);
    expect(others.map((h) => h.eventType)).toEqual(['ConsuntivoValidated']);
  });

  it('shows the plan as approved by Delibera 28, before the variation', async () => {
    const history = (await api.call('GET', `/api/plans/${planId}/history`)).body as any[];
    const approvedAt = history.find((h) => h.eventType === 'PlanApproved').position;
    const asApproved = await api.call('GET', `/api/plans/${planId}?asOf=${approvedAt}`);
    expect(asApproved.status).toBe(200);
    expect(asApproved.body.status).toBe('approved');
    const digitale = asApproved.body.centri
      .flatMap((c: any) => c.objectives)
      .find((o: any) => o.objectiveId === objectives.digitale);
    expect(digitale.points).toBe(55);

    const byDate = await api.call('GET', `/api/plans/${planId}?asOf=2024-04-10`);
    expect(byDate.body.status).toBe('approved');
  });
});
