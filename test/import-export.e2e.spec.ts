import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { as, ApiHarness, startApi } from './support/api-harness';
import { eventCount } from './support/event-count';

const levate = JSON.parse(readFileSync(join(__dirname, '..', 'apps/api/src/demo/levate-2024.plan.json'), 'utf8'));
const segretario = as('segretario.levate', 'segretario');


/** The export gives back what was imported, plus what happened since. */
describe('importing and exporting the Levate plan document', () => {
  let api: ApiHarness;
  let planId: string;

  beforeAll(async () => {
    api = await startApi({ now: '2024-05-02T09:00:00Z' });
  });
  afterAll(async () => api.close());

  it('imports the whole seed plan as one atomic step, approved by Delibera 28', async () => {
    const imported = await api.call('POST', '/api/plans/import', levate, { ...segretario, 'idempotency-key': 'import-levate' });
    expect(imported.status).toBe(201);
    planId = imported.body.planId;
    const plan = (await api.call('GET', `/api/plans/${planId}`)).body;
    expect(plan.status).toBe('approved');
    expect(plan.approval.delibera).toEqual({ organo: 'giunta', numero: 28, data: '2024-04-09' });
    const servizio = plan.centri.find((c: any) => c.code === 'AG');
    expect(servizio.activities).toHaveLength(20);
    expect(servizio.objectives.map((o: any) => o.points)).toEqual([55, 30, 5, 10]);
  });

  it('exports exactly the imported document plus its lifecycle', async () => {
    const exported = (await api.call('GET', `/api/plans/${planId}/export`)).body;
    const { lifecycle, ...document } = exported;
    expect(document).toEqual(levate);
    expect(lifecycle).toMatchObject({ planId, status: 'approved' });
  });

  it('answers a repeated import with the same Idempotency-Key with the first plan, and refuses a second Delibera 28', async () => {
    const before = eventCount(api.sqlitePath);
    const again = await api.call('POST', '/api/plans/import', levate, { ...segretario, 'idempotency-key': 'import-levate' });
    expect(again.body.planId).toBe(planId);
    const other = await api.call('POST', '/api/plans/import', levate, { ...segretario, 'idempotency-key': 'import-levate-bis' });
    expect(other.status).toBe(409);
    expect(other.body.rule).toBe('delibera_already_used');
    expect(eventCount(api.sqlitePath)).toBe(before);
  });

  it('exports what happened after the import: a variation changes the document, monitoring goes to the lifecycle', async () => {
    const plan = (await api.call('GET', `/api/plans/${planId}`)).body;
    const [digitale, , , istruzione] = plan.centri.find((c: any) => c.code === 'AG').objectives;
    const monitoring = await api.call(
      'POST',
      `/api/plans/${planId}/objectives/${istruzione.objectiveId}/monitoring`,
      { progressPct: 40, notes: 'Bozza del PDS condivisa con le scuole' },
      as('roberto.togni', 'responsabile'),
    );
    expect(monitoring.status).toBe(200);

    api.clock.set('2024-09-20T09:00:00Z');
    const variationId = (await api.call('POST', `/api/plans/${planId}/variations`, { reason: 'Nuovi pesi' }, segretario)).body.variationId;
    await api.call('PATCH', `/api/plans/${planId}/objectives/${digitale.objectiveId}`, { points: 50 }, segretario);
    await api.call('PATCH', `/api/plans/${planId}/objectives/${istruzione.objectiveId}`, { points: 15 }, segretario);
    const approved = await api.call(
      'POST',
      `/api/plans/${planId}/variations/${variationId}/approve`,
      { delibera: { organo: 'giunta', numero: 95, data: '2024-09-18' } },
      as('sindaco.levate', 'giunta'),
    );
    expect(approved.status).toBe(200);

    const { lifecycle, ...document } = (await api.call('GET', `/api/plans/${planId}/export`)).body;
    const expected = structuredClone(levate);
    const objectives = expected.centri.find((c: any) => c.code === 'AG').objectives;
    objectives[0].points = 50;
    objectives[3].points = 15;
    expect(document).toEqual(expected);
    expect(lifecycle.variations).toEqual([expect.objectContaining({ variationId, delibera: { organo: 'giunta', numero: 95, data: '2024-09-18' } })]);
    const istruzioneLifecycle = lifecycle.objectives.find((o: any) => o.objectiveId === istruzione.objectiveId);
    expect(istruzioneLifecycle.monitoring).toEqual([expect.objectContaining({ progressPct: 40 })]);
  });
});
