import { ApiHarness, callApi, startApi } from './support/api-harness';
import { ApprovedPlan, approvedPlan, nucleo } from './support/approved-plan';

const HOSTILE_TITLE = '<script>alert("x")</script> Trasparenza & anticorruzione';

describe("the audit dossier for the Nucleo's verbale", () => {
  let api: ApiHarness;
  let plan: ApprovedPlan;

  beforeAll(async () => {
    api = await startApi({ now: '2024-04-10T09:00:00Z' });
    plan = await approvedPlan(
      api,
      [
        { title: HOSTILE_TITLE, points: 40 },
        { title: 'Tempestività dei pagamenti', points: 60 },
      ],
      { organo: 'giunta', numero: 28, data: '2024-04-09' },
    );
  }, 60_000);
  afterAll(async () => api.close());

  it('as JSON: the plan, every event of its chains with actor and role, and the same chain heads as the verification', async () => {
    const [dossier, verified, view] = await Promise.all([
      api.call('GET', `/api/plans/${plan.planId}/audit/dossier`, undefined, nucleo),
      api.call('GET', `/api/plans/${plan.planId}/audit/verify`, undefined, nucleo),
      api.call('GET', `/api/plans/${plan.planId}`, undefined, nucleo),
    ]);
    expect(dossier.status).toBe(200);
    const body = dossier.body;
    expect(body.plan).toEqual({
      ente: { code: 'levate', name: 'Comune di Levate', provincia: 'BG' },
      year: 2024,
      triennio: [2024, 2026],
      status: 'approved',
      approvedBy: { organo: 'giunta', numero: 28, data: '2024-04-09' },
      approvedAt: '2024-04-10T09:00:00.000Z',
    });
    expect(body.intact).toBe(true);
    expect(body.chains).toEqual(verified.body.chains);
    expect(body.chains.map((c: { headHash: string | null }) => c.headHash)).toEqual(
      verified.body.chains.map((c: { headHash: string | null }) => c.headHash),
    );

    const total = verified.body.chains.reduce((sum: number, chain: { events: number }) => sum + chain.events, 0);
    expect(body.events).toHaveLength(total);
    const positions = body.events.map((e: { position: number }) => e.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(body.events.map((e: { eventType: string }) => e.eventType)).toEqual([
      'PlanCreated',
      'CentroAdded',
      'CentroAdded',
      'ObjectiveDrafted',
      'ObjectiveDrafted',
      'CentroSubmitted',
      'PlanProposed',
      'DeliberaRegistered',
      'PlanApproved',
    ]);
    expect(body.events.map((e: { actor: { id: string; role: string } }) => `${e.actor.id}/${e.actor.role}`)).toEqual([
      'segretario.levate/segretario',
      'segretario.levate/segretario',
      'segretario.levate/segretario',
      'roberto.togni/responsabile',
      'roberto.togni/responsabile',
      'roberto.togni/responsabile',
      'segretario.levate/segretario',
      'sindaco.levate/giunta',
      'sindaco.levate/giunta',
    ]);
    for (const event of body.events) {
      expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(event.date).toBe('10/04/2024 11:00');
      expect(event.commandId).toEqual(expect.any(String));
    }
    // each chain's head is the hash of its last event
    for (const chain of body.chains.filter((c: { events: number }) => c.events > 0)) {
      const last = body.events.filter((e: { streamName: string }) => e.streamName === chain.streamName).pop();
      expect(last.hash).toBe(chain.headHash);
    }

    const approved = body.events.find((e: { eventType: string }) => e.eventType === 'PlanApproved');
    expect(approved).toMatchObject({ commandType: 'ApprovePlan', delibera: { organo: 'giunta', numero: 28, data: '2024-04-09' } });
    const registered = body.events.find((e: { eventType: string }) => e.eventType === 'DeliberaRegistered');
    expect(registered).toMatchObject({
      streamName: 'delibere-levate',
      delibera: { organo: 'giunta', numero: 28, data: '2024-04-09' },
      subject: 'Delibera registrata per questo piano: approvazione del piano',
    });
    const drafted = body.events.filter((e: { eventType: string }) => e.eventType === 'ObjectiveDrafted');
    expect(drafted.map((e: { subject: string }) => e.subject)).toEqual([`Obiettivo «${HOSTILE_TITLE}»`, 'Obiettivo «Tempestività dei pagamenti»']);

    expect(body.warnings).toEqual(view.body.warnings);
    expect(body.warnings.map((w: { code: string }) => w.code)).toContain('approved_after_deadline');
  });

  it('as HTML: Italian, self-contained, printable, every value escaped', async () => {
    const response = await fetch(`${api.url}/api/plans/${plan.planId}/audit/dossier.html`, { headers: nucleo });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    const html = await response.text();
    const verified = (await api.call('GET', `/api/plans/${plan.planId}/audit/verify`, undefined, nucleo)).body;

    expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="it">/);
    expect(html).toContain('Dossier di audit — Piano della performance 2024, Comune di Levate');
    expect(html).toContain('Delibera della Giunta Comunale n. 28 del 09/04/2024');
    expect(html).toContain('Tutte le catene sono integre');
    expect(html).toContain('Avvertenze per il Nucleo di Valutazione');
    expect(html).toContain('10/04/2024 11:00');
    for (const chain of verified.chains) {
      if (chain.headHash) expect(html).toContain(chain.headHash);
    }
    expect(html).toContain('@media print');

    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Trasparenza &amp; anticorruzione');
    expect(html).not.toMatch(/<script/i);
    // nothing to fetch: no scripts, stylesheets, images, frames or CSS urls
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b|\bsrc=|url\(/i);
  });

  it('is documented in the OpenAPI document, the page as text/html', async () => {
    const { paths } = (await api.call('GET', '/api/docs-json')).body;
    expect(paths['/api/plans/{planId}/audit/verify'].get.responses['200'].description).toContain('firstBrokenLink');
    expect(paths['/api/plans/{planId}/audit/dossier'].get.responses['404']).toBeDefined();
    expect(Object.keys(paths['/api/plans/{planId}/audit/dossier.html'].get.responses['200'].content ?? {})).toEqual(['text/html']);
  });

  it('an unknown plan has no dossier', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await api.call('GET', `/api/plans/${unknown}/audit/dossier`, undefined, nucleo)).status).toBe(404);
    expect((await callApi(api.url, 'GET', `/api/plans/${unknown}/audit/dossier.html`, undefined, nucleo)).status).toBe(404);
  });
});
