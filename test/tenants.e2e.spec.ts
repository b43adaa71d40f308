import { startApi, type ApiHarness } from './support/api-harness';
import { eventCount } from './support/event-count';
import { bearer } from './support/tokens';

const ente = (code: string, name: string) => ({ code, name, provincia: 'BG' });
const person = (role: string, enteCode: string | string[], sub = `${role}.${enteCode}`) => bearer({ sub, role, ente: enteCode });

/** Two comuni on one installation: nobody of one ever reads or changes the other's plans. */
describe('tenants', () => {
  let api: ApiHarness;
  let levatePlan: string;
  let brembatePlan: string;
  const levate = person('segretario', 'levate');
  const brembate = person('segretario', 'brembate');

  beforeAll(async () => {
    api = await startApi({ devHeaders: false });
    levatePlan = (await api.call('POST', '/api/plans', { ente: ente('levate', 'Comune di Levate'), year: 2024, triennio: [2024, 2026] }, levate)).body.planId;
    brembatePlan = (await api.call('POST', '/api/plans', { ente: ente('brembate', 'Comune di Brembate'), year: 2024, triennio: [2024, 2026] }, brembate)).body.planId;
    expect([levatePlan, brembatePlan]).toEqual([expect.any(String), expect.any(String)]);
  });
  afterAll(() => api.close());

  it("answers 404 for every read of another ente's plan, on every GET route of a plan in the OpenAPI document", async () => {
    const openApi = (await (await fetch(`${api.url}/api/docs-json`)).json()) as any;
    const routes = Object.keys(openApi.paths).filter((path) => openApi.paths[path].get && /^\/api\/plans\/\{planId\}[^{]*$/.test(path));
    expect(routes).toEqual(expect.arrayContaining(['/api/plans/{planId}', '/api/plans/{planId}/history', '/api/plans/{planId}/export']));
    for (const route of routes) {
      const path = route.replace('{planId}', levatePlan);
      const stranger = await api.call('GET', path, undefined, brembate);
      const own = await api.call('GET', path, undefined, levate);
      expect({ route, stranger: stranger.status }).toEqual({ route, stranger: 404 });
      expect({ route, own: [403, 404].includes(own.status) }).toEqual({ route, own: false });
    }
  });

  it("refuses every command on another ente's plan as not found, appending nothing", async () => {
    const before = eventCount(api.sqlitePath);
    const attempts = [
      api.call('POST', `/api/plans/${levatePlan}/centri`, { code: 'AG', name: 'AG', kind: 'attivita', responsabile: { id: 'r', name: 'R', email: 'r@x.example' } }, brembate),
      api.call('POST', `/api/plans/${levatePlan}/propose`, undefined, brembate),
      api.call('POST', `/api/plans/${levatePlan}/approve`, { delibera: { organo: 'giunta', numero: 1, data: '2024-04-09' } }, person('giunta', 'brembate')),
    ];
    expect((await Promise.all(attempts)).map((r) => r.status)).toEqual([404, 404, 404]);
    const creating = await api.call('POST', '/api/plans', { ente: ente('levate', 'Comune di Levate'), year: 2025, triennio: [2025, 2027] }, brembate);
    expect({ status: creating.status, message: creating.body.message }).toEqual({ status: 403, message: expect.stringContaining('you do not act for ente levate') });
    expect(eventCount(api.sqlitePath)).toBe(before);
  });

  it('lists only the plans, deadlines and notifications of the enti one acts for', async () => {
    const listed = async (headers: Record<string, string>) => (await api.call('GET', '/api/plans', undefined, headers)).body.map((p: { planId: string }) => p.planId).sort();
    expect(await listed(levate)).toEqual([levatePlan]);
    expect(await listed(brembate)).toEqual([brembatePlan]);
    expect(await listed(person('nucleo', ['levate', 'brembate'], 'nucleo.bergamo'))).toEqual([levatePlan, brembatePlan].sort());
    expect(await listed(bearer({ sub: 'admin.ciclo', role: 'admin', ente: '*' }))).toEqual([levatePlan, brembatePlan].sort());
    const deadlines = (await api.call('GET', '/api/deadlines', undefined, brembate)).body as { planId: string }[];
    expect(deadlines.length).toBeGreaterThan(0);
    expect(deadlines.every((deadline) => deadline.planId === brembatePlan)).toBe(true);
  });

  it('lets a Nucleo serving several comuni read each of them', async () => {
    const nucleo = person('nucleo', ['levate', 'brembate'], 'nucleo.bergamo');
    for (const planId of [levatePlan, brembatePlan]) {
      expect((await api.call('GET', `/api/plans/${planId}`, undefined, nucleo)).status).toBe(200);
    }
  });

  it('shows a viewer only plans the Giunta has approved', async () => {
    const viewer = person('viewer', 'levate');
    const read = await api.call('GET', `/api/plans/${levatePlan}`, undefined, viewer);
    expect({ status: read.status, message: read.body.message }).toEqual({ status: 403, message: expect.stringContaining('A viewer reads only plans the Giunta has approved') });
    expect((await api.call('GET', '/api/plans', undefined, viewer)).body).toEqual([]);
  });
});

describe('a viewer of an approved plan', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ devHeaders: false, loadDemo: true });
  });
  afterAll(() => api.close());

  it('reads the plan the Giunta approved, its history and its scores, and may change nothing', async () => {
    const viewer = person('viewer', 'levate');
    const [plan] = (await api.call('GET', '/api/plans?ente=levate', undefined, viewer)).body;
    expect(plan).toMatchObject({ status: 'approved' });
    for (const path of ['', '/history', '/score']) {
      expect({ path, status: (await api.call('GET', `/api/plans/${plan.planId}${path}`, undefined, viewer)).status }).toEqual({ path, status: 200 });
    }
    const before = eventCount(api.sqlitePath);
    const opening = await api.call('POST', `/api/plans/${plan.planId}/variations`, { reason: 'Vorrei cambiare' }, viewer);
    expect({ status: opening.status, message: opening.body.message }).toEqual({ status: 403, message: 'viewer.levate (viewer) may not send OpenVariation: only segretario or giunta may send it' });
    expect(eventCount(api.sqlitePath)).toBe(before);
  });
});
