import { randomUUID } from 'node:crypto';
import { as, ApiHarness, startApi } from './support/api-harness';
import { eventCount } from './support/event-count';

const segretario = as('segretario.levate', 'segretario');
const newPlan = { ente: { code: 'levate', name: 'Comune di Levate', provincia: 'BG' }, year: 2024, triennio: [2024, 2026] };


/** Bad input gets a clear 4xx and nothing is appended. */
describe('errors and idempotency through the API', () => {
  let api: ApiHarness;
  let planId: string;

  beforeAll(async () => {
    api = await startApi();
    planId = (await api.call('POST', '/api/plans', newPlan, segretario)).body.planId;
  });
  afterAll(async () => api.close());

  it('answers 400 naming every invalid field and why, appending nothing', async () => {
    const before = eventCount(api.sqlitePath);
    const r = await api.call(
      'POST',
      '/api/plans',
      { ente: { code: 'levate', name: '', provincia: 'BG' }, year: 'duemila', triennio: [2024], extra: 1 },
      segretario,
    );
    expect(r.status).toBe(400);
    const fields = (r.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['ente.name', 'year', 'triennio', 'extra']));
    expect(eventCount(api.sqlitePath)).toBe(before);
  });

  it('answers 400 for a malformed JSON body and for a malformed id', async () => {
    expect((await api.call('POST', '/api/plans', '{"ente": ', segretario)).status).toBe(400);
    expect((await api.call('GET', '/api/plans/not-a-uuid')).status).toBe(400);
  });

  it('answers 404 for an unknown plan, centro or objective', async () => {
    expect((await api.call('GET', `/api/plans/${randomUUID()}`)).status).toBe(404);
    expect((await api.call('POST', `/api/plans/${randomUUID()}/propose`, undefined, segretario)).status).toBe(404);
    const before = eventCount(api.sqlitePath);
    const r = await api.call('POST', `/api/plans/${planId}/centri/${randomUUID()}/submit`, undefined, segretario);
    expect(r.status).toBe(404);
    expect(eventCount(api.sqlitePath)).toBe(before);
  });

  it('answers 413 for a body over 1 MB', async () => {
    const before = eventCount(api.sqlitePath);
    const r = await api.call('POST', '/api/plans', { ...newPlan, padding: 'x'.repeat(1_100_000) }, segretario);
    expect(r.status).toBe(413);
    expect(eventCount(api.sqlitePath)).toBe(before);
  });

  it('answers 415 for a body that is not JSON, appending nothing', async () => {
    const before = eventCount(api.sqlitePath);
    const r = await fetch(`${api.url}/api/plans`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...segretario },
      body: JSON.stringify(newPlan),
    });
    expect(r.status).toBe(415);
    expect(await r.json()).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type', message: expect.stringContaining('application/json') });
    expect(eventCount(api.sqlitePath)).toBe(before);
  });

  it('takes a route with a trailing slash as the route without it', async () => {
    const listed = await api.call('GET', '/api/plans/?ente=levate', undefined, segretario);
    expect(listed.status).toBe(200);
    expect(listed.body.map((p: { planId: string }) => p.planId)).toContain(planId);
  });

  it('answers 401 for an unknown role in the development headers', async () => {
    const r = await api.call('POST', '/api/plans', newPlan, as('x', 'sindaco'));
    expect(r.status).toBe(401);
    expect(r.body.message).toMatch(/x-role must be one of: segretario, responsabile, giunta, nucleo, admin, viewer/);
  });

  it('treats a command sent again with the same Idempotency-Key as a no-op returning the first result', async () => {
    const key = { ...segretario, 'idempotency-key': `centro-${randomUUID()}` };
    const centro = {
      code: 'SAG',
      name: 'Servizio Affari Generali',
      kind: 'attivita',
      responsabile: { id: 'roberto.togni', name: 'Roberto Togni', email: 'roberto.togni@comune.levate.bg.it' },
    };
    const first = await api.call('POST', `/api/plans/${planId}/centri`, centro, key);
    expect(first.status).toBe(201);
    const before = eventCount(api.sqlitePath);
    const second = await api.call('POST', `/api/plans/${planId}/centri`, centro, key);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(eventCount(api.sqlitePath)).toBe(before);

    const plan = (await api.call('GET', `/api/plans/${planId}`)).body;
    expect(plan.centri.filter((c: { code: string }) => c.code === 'SAG')).toHaveLength(1);
  });

  it('creates one plan for one Idempotency-Key, also after a restart', async () => {
    const key = { ...segretario, 'idempotency-key': `plan-${randomUUID()}` };
    const first = await api.call('POST', '/api/plans', { ...newPlan, year: 2025, triennio: [2025, 2027] }, key);
    expect(first.status).toBe(201);

    const dir = api.dir;
    await api.app.close();
    api = await startApi({ dir });
    const again = await api.call('POST', '/api/plans', { ...newPlan, year: 2025, triennio: [2025, 2027] }, key);
    expect(again.body).toEqual(first.body);
    const plans = (await api.call('GET', '/api/plans?ente=levate&year=2025')).body;
    expect(plans).toHaveLength(1);
  });
});
