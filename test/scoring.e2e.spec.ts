import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { as, ApiHarness, startApi } from './support/api-harness';

const segretario = as('segretario.levate', 'segretario');
const togni = as('roberto.togni', 'responsabile');
const nucleo = as('nucleo.levate', 'nucleo');

const TITLES = {
  digitale: 'Transizione digitale',
  pagamenti: 'RISPETTO DEI TEMPI DI PAGAMENTO',
  anticorruzione: 'Normativa in tema di lotta alla corruzione e di trasparenza',
  istruzione: 'Istruzione',
} as const;
type Key = keyof typeof TITLES;

/** The consuntivo the test chooses, and the Nucleo's one adjustment. */
const RECORDED: Record<Key, number> = { digitale: 100, pagamenti: 80, anticorruzione: 50.5, istruzione: 0 };
const ADJUSTMENT = { key: 'pagamenti' as Key, achievementPct: 70, reason: 'Tempo medio di pagamento 34 giorni su PCC nel quarto trimestre' };
const RECORDED_AT = '2025-02-10T09:00:00.000Z';

/**
 * Scoring by hand, from the chosen numbers and the seed's points (55, 30, 5, 10):
 * proportional: 55 x 100% = 55; 30 x 70% = 21; 5 x 50.5% = 2.525 -> 2.53; 10 x 0% = 0; total 78.53.
 * bands 0/50/75/100: 100 -> 100: 55; 70 -> 50: 15; 50.5 -> 50: 2.5; 0 -> 0: 0; total 72.5.
 */
const PROPORTIONAL: Record<Key, number> = { digitale: 55, pagamenti: 21, anticorruzione: 2.53, istruzione: 0 };
const PROPORTIONAL_TOTAL = 78.53;
const BANDS: Record<Key, number> = { digitale: 55, pagamenti: 15, anticorruzione: 2.5, istruzione: 0 };
const BANDS_TOTAL = 72.5;

const levateDocument = () => JSON.parse(readFileSync(join(__dirname, '..', 'apps/api/src/demo/levate-2024.plan.json'), 'utf8'));

async function levateDemoPlan(api: ApiHarness): Promise<string> {
  const plans = await api.call('GET', '/api/plans?ente=levate&year=2024', undefined, segretario);
  expect(plans.body).toHaveLength(1);
  return plans.body[0].planId;
}

async function objectiveIds(api: ApiHarness, planId: string): Promise<Record<Key, string>> {
  const plan = (await api.call('GET', `/api/plans/${planId}`, undefined, segretario)).body;
  const objectives = plan.centri.flatMap((c: any) => c.objectives);
  const idOf = (title: string) => objectives.find((o: any) => o.title.startsWith(title)).objectiveId;
  return { digitale: idOf(TITLES.digitale), pagamenti: idOf(TITLES.pagamenti), anticorruzione: idOf(TITLES.anticorruzione), istruzione: idOf(TITLES.istruzione) };
}

/** StartConsuntivo (segretario), RecordConsuntivo per objective (Togni), ValidateConsuntivo with one adjustment (Nucleo). */
async function runConsuntivo(api: ApiHarness, planId: string, ids: Record<Key, string>, options: { validate: boolean }): Promise<void> {
  api.clock.set(RECORDED_AT);
  expect((await api.call('POST', `/api/plans/${planId}/consuntivo/start`, undefined, segretario)).status).toBe(200);
  for (const key of Object.keys(RECORDED) as Key[]) {
    const body = { achievementPct: RECORDED[key], evidence: `Relazione del responsabile su ${TITLES[key]}` };
    const recorded = await api.call('POST', `/api/plans/${planId}/objectives/${ids[key]}/consuntivo`, body, togni);
    expect(recorded.status).toBe(200);
  }
  if (options.validate) await validate(api, planId, ids);
}

async function validate(api: ApiHarness, planId: string, ids: Record<Key, string>): Promise<void> {
  api.clock.set('2025-03-05T09:00:00Z');
  const adjustments = [{ objectiveId: ids[ADJUSTMENT.key], achievementPct: ADJUSTMENT.achievementPct, reason: ADJUSTMENT.reason }];
  const validated = await api.call('POST', `/api/plans/${planId}/validate`, { verbale: { data: '2025-03-01', numero: '3/2025' }, adjustments }, nucleo);
  expect(validated.status).toBe(200);
}

const score = async (api: ApiHarness, planId: string) => {
  const response = await api.call('GET', `/api/plans/${planId}/score`, undefined, nucleo);
  expect(response.status).toBe(200);
  return response.body;
};
const objectiveOf = (body: any, id: string) => body.centri.flatMap((c: any) => c.objectiveScores).find((o: any) => o.objectiveId === id);

describe('scoring the Levate plan under the shipped SMVP rules (proportional)', () => {
  let api: ApiHarness;
  let planId: string;
  let ids: Record<Key, string>;
  const previousRulesPath = process.env.SMVP_RULES_PATH;

  beforeAll(async () => {
    delete process.env.SMVP_RULES_PATH; // the default: config/smvp-rules.json
    api = await startApi({ loadDemo: true, now: '2024-04-10T09:00:00Z' });
    planId = await levateDemoPlan(api);
    ids = await objectiveIds(api, planId);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    if (previousRulesPath !== undefined) process.env.SMVP_RULES_PATH = previousRulesPath;
  });

  it('warns the Nucleo in the plan view: approved after 31/01 and months into the year, three objectives without a target', async () => {
    const plan = (await api.call('GET', `/api/plans/${planId}`, undefined, nucleo)).body;
    expect(plan.status).toBe('approved');
    expect(plan.warnings.filter((w: any) => w.code.startsWith('approved'))).toEqual([
      expect.objectContaining({ code: 'approved_after_deadline', severity: 'high', facts: expect.objectContaining({ deadline: '2024-01-31', daysLate: 69 }) }),
      expect.objectContaining({ code: 'approved_months_into_year', facts: expect.objectContaining({ limitDate: '2024-03-31' }) }),
    ]);
    expect(plan.warnings[0].message).toContain('Delibera di Giunta n. 28 del 09/04/2024');
    const withoutTarget = plan.warnings.filter((w: any) => w.code === 'objective_without_target');
    expect(withoutTarget.map((w: any) => w.objectiveId)).toEqual([ids.digitale, ids.pagamenti, ids.anticorruzione]);
    expect(withoutTarget[0].message).toMatch(/^L'obiettivo «Transizione digitale» \(AG\) non ha un indicatore con un valore atteso/);
  });

  it('drops the statutory warning once the deferred budget is recorded (due 30 days after it), keeping the months one', async () => {
    const budget = { delibera: { organo: 'consiglio', numero: 9, data: '2024-03-14' } };
    expect((await api.call('POST', `/api/plans/${planId}/budget-approval`, budget, segretario)).status).toBe(200);
    const codes = (await api.call('GET', `/api/plans/${planId}`, undefined, nucleo)).body.warnings.map((w: any) => w.code);
    expect(codes).not.toContain('approved_after_deadline');
    expect(codes).toContain('approved_months_into_year');
  });

  it('awards nothing before the Nucleo validates, and says so', async () => {
    await runConsuntivo(api, planId, ids, { validate: false });
    const body = await score(api, planId);
    expect(objectiveOf(body, ids.digitale)).toMatchObject({ status: 'awaiting_validation', statusLabel: 'non ancora validato dal Nucleo', pointsAwarded: null, consuntivo: { achievementPct: 100 } });
    expect(body).toMatchObject({ complete: false, awarded: 0, maximum: 100 });
  });

  it('scores every objective to the cent and explains it: consuntivo, adjustment and reason, rule', async () => {
    await validate(api, planId, ids);
    const body = await score(api, planId);
    for (const key of Object.keys(PROPORTIONAL) as Key[]) {
      const validatedPct = key === ADJUSTMENT.key ? ADJUSTMENT.achievementPct : RECORDED[key];
      expect({ key, ...objectiveOf(body, ids[key]) }).toMatchObject({
        key,
        status: 'validated',
        consuntivo: { achievementPct: RECORDED[key], recordedAt: RECORDED_AT, actorId: 'roberto.togni' },
        validation: { recordedPct: RECORDED[key], validatedPct, adjusted: key === ADJUSTMENT.key, verbale: { data: '2025-03-01', numero: '3/2025' } },
        rule: { kind: 'proportional' },
        effectivePct: validatedPct,
        pointsAwarded: PROPORTIONAL[key],
      });
    }
    expect(objectiveOf(body, ids.pagamenti).validation.adjustmentReason).toBe(ADJUSTMENT.reason);
    expect(objectiveOf(body, ids.anticorruzione).calculation).toBe('5 punti × 50,5% = 2,53 punti');
  });

  it('sums the centro, its settore and the plan to the cent, naming the rules file', async () => {
    const body = await score(api, planId);
    const totals = { awarded: PROPORTIONAL_TOTAL, maximum: 100, pct: PROPORTIONAL_TOTAL, objectives: 4, validatedObjectives: 4 };
    expect(body.centri.map((c: any) => ({ code: c.code, settoreCode: c.settoreCode, awarded: c.awarded, maximum: c.maximum, pct: c.pct }))).toEqual([
      { code: 'AG', settoreCode: 'AGSCS', awarded: PROPORTIONAL_TOTAL, maximum: 100, pct: PROPORTIONAL_TOTAL },
    ]);
    expect(body.settori).toEqual([expect.objectContaining({ code: 'AGSCS', centri: ['AGSCS', 'AG'], ...totals })]);
    expect(body).toMatchObject({ planId, complete: true, planStatus: 'consuntivo_validated', ...totals });
    expect(body.rules).toEqual({ enteCode: 'levate', origin: 'default', scoring: { kind: 'proportional' }, description: expect.stringMatching(/^Proporzionale/), file: 'config/smvp-rules.json' });
  });

  it('answers 404 for an unknown plan', async () => {
    const unknown = await api.call('GET', '/api/plans/4f0c6c8e-6a43-4d0e-9d7e-2b1f3c4d5e6f/score', undefined, nucleo);
    expect(unknown.status).toBe(404);
  });
});

describe('scoring under a rules file that gives Levate bands and leaves another ente on the default', () => {
  let api: ApiHarness;
  const rulesDir = mkdtempSync(join(tmpdir(), 'ciclo-smvp-'));
  const rulesFile = join(rulesDir, 'smvp-rules.json');
  const previousRulesPath = process.env.SMVP_RULES_PATH;

  beforeAll(async () => {
    const rules = {
      default: { scoring: { kind: 'proportional' } },
      enti: { levate: { scoring: { kind: 'bands', bands: [0, 50, 75, 100] }, adoptedBy: 'Delibera di Giunta n. 12 del 30/01/2024' } },
    };
    writeFileSync(rulesFile, JSON.stringify(rules));
    process.env.SMVP_RULES_PATH = rulesFile;
    api = await startApi({ loadDemo: true, now: '2024-04-10T09:00:00Z' });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    if (previousRulesPath === undefined) delete process.env.SMVP_RULES_PATH;
    else process.env.SMVP_RULES_PATH = previousRulesPath;
    rmSync(rulesDir, { recursive: true, force: true });
  });

  it("scores Levate by its bands: 70% counts as 50%, 50.5% as 50%", async () => {
    const planId = await levateDemoPlan(api);
    const ids = await objectiveIds(api, planId);
    await runConsuntivo(api, planId, ids, { validate: true });
    const body = await score(api, planId);
    for (const key of Object.keys(BANDS) as Key[]) expect({ key, points: objectiveOf(body, ids[key]).pointsAwarded }).toEqual({ key, points: BANDS[key] });
    expect(objectiveOf(body, ids.pagamenti).rule).toMatchObject({ kind: 'bands', outcome: '70% rientra nella fascia del 50%' });
    expect(body).toMatchObject({ awarded: BANDS_TOTAL, pct: BANDS_TOTAL, settori: [{ code: 'AGSCS', awarded: BANDS_TOTAL }] });
    expect(body.rules).toMatchObject({ origin: 'ente', scoring: { kind: 'bands', bands: [0, 50, 75, 100] }, adoptedBy: 'Delibera di Giunta n. 12 del 30/01/2024', file: rulesFile });
  });

  it('scores another ente, which the file does not name, by the default rule', async () => {
    api.clock.set('2024-04-10T09:00:00Z');
    const document = { ...levateDocument(), ente: { code: 'brembate', name: 'Comune di Brembate', provincia: 'BG' } };
    const imported = await api.call('POST', '/api/plans/import', document, segretario);
    expect(imported.status).toBe(201);
    const ids = await objectiveIds(api, imported.body.planId);
    await runConsuntivo(api, imported.body.planId, ids, { validate: true });
    const body = await score(api, imported.body.planId);
    for (const key of Object.keys(PROPORTIONAL) as Key[]) expect({ key, points: objectiveOf(body, ids[key]).pointsAwarded }).toEqual({ key, points: PROPORTIONAL[key] });
    expect(body).toMatchObject({ awarded: PROPORTIONAL_TOTAL, rules: { enteCode: 'brembate', origin: 'default', scoring: { kind: 'proportional' } } });
  });
});
