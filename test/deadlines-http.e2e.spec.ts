import { as, startApi, type ApiHarness } from './support/api-harness';
import { freePort } from './support/api-process';

const segretario = as('segretario.levate', 'segretario');
const togni = as('roberto.togni', 'responsabile');
// the Segretario Comunale takes the minutes of the Consiglio and records its acts
const consiglio = as('segretario.levate', 'segretario');

/** An iCalendar text with its folded lines joined again (RFC 5545 folds lines at 75 octets). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

/**
 * The deadline calendar over real HTTP, on the Levate plan the API loads as its demo (approved by
 * Delibera 28 of 09/04/2024): the deadlines it has, the budget that moves the PIAO, the PDS
 * deadline moved and then met by the Consiglio, the iCalendar feed, and Redis reported down.
 */
describe('deadlines over HTTP', () => {
  let api: ApiHarness;
  let planId: string;
  let istruzione: string;
  const previousRedisUrl = process.env.REDIS_URL;

  beforeAll(async () => {
    process.env.REDIS_URL = `redis://127.0.0.1:${await freePort()}`; // nothing listens there: Redis is down
    api = await startApi({ loadDemo: true, now: '2024-04-10T09:00:00Z' });
    planId = (await api.call('GET', '/api/plans?ente=levate&year=2024')).body[0].planId;
    const plan = (await api.call('GET', `/api/plans/${planId}`)).body;
    istruzione = plan.centri.flatMap((c: any) => c.objectives).find((o: any) => o.title === 'Istruzione').objectiveId;
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    if (previousRedisUrl === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = previousRedisUrl;
  });

  const deadlines = async (query = '') => (await api.call('GET', `/api/deadlines${query}`)).body as any[];
  const pds = () => `${planId}/objective/${istruzione}`;

  it('lists the deadlines of the approved Levate plan, the PDS one owned by Roberto Togni', async () => {
    const all = await deadlines('?ente=levate');
    expect(all.map((d) => [d.deadlineId.slice(planId.length + 1), d.dueDate, d.status])).toEqual([
      ['piao', '2024-01-31', 'met'],
      ['monitoraggio', '2024-07-31', 'open'],
      [`objective/${istruzione}`, '2024-10-31', 'open'],
      ['consuntivo', '2025-03-31', 'open'],
      ['relazione', '2025-06-30', 'open'],
      ['validazione', '2025-06-30', 'open'],
    ]);
    const pdsDeadline = all.find((d) => d.deadlineId === pds());
    expect(pdsDeadline).toMatchObject({
      kind: 'objective',
      title: 'Obiettivo «Istruzione»',
      owners: [{ id: 'roberto.togni', name: 'Roberto Togni', email: 'roberto.togni@comune.levate.bg.it' }],
      escalateTo: [{ id: 'segretario.levate' }],
    });
    expect(pdsDeadline.sources.map((s: any) => s.type)).toEqual(['ObjectiveDrafted', 'PlanApproved']);
    expect((await deadlines('?owner=roberto.togni')).map((d) => d.rule)).toEqual(['monitoraggio', 'objective', 'consuntivo']);
  });

  it('judges the PIAO on time once the budget delibera of the Consiglio is recorded (due 30 days after it)', async () => {
    const recorded = await api.call('POST', `/api/plans/${planId}/budget-approval`, { delibera: { organo: 'consiglio', numero: 9, data: '2024-03-14' } }, segretario);
    expect(recorded.status).toBe(200);
    const [piao] = await deadlines(`?planId=${planId}&status=met`);
    expect(piao).toMatchObject({ rule: 'piao', dueDate: '2024-04-13', met: { date: '2024-04-09', late: false, act: { numero: 28 } } });
    const giunta = await api.call('POST', `/api/plans/${planId}/budget-approval`, { delibera: { organo: 'giunta', numero: 10, data: '2024-03-14' } }, segretario);
    expect(giunta.body).toMatchObject({ statusCode: 409, rule: 'budget_approval_already_recorded' });
  });

  it('moves the PDS deadline, shows it missed after its day, and meets it with the Consiglio delibera', async () => {
    api.clock.set('2024-09-20T09:00:00Z');
    const moved = await api.call('POST', `/api/plans/${planId}/objectives/${istruzione}/deadline`, { deadline: '2024-11-15', reason: 'Consiglio convocato a novembre' }, togni);
    expect(moved.status).toBe(200);
    expect((await deadlines(`?owner=roberto.togni&from=2024-10-01&to=2024-12-31`)).map((d) => [d.dueDate, d.moves])).toEqual([
      ['2024-11-15', [{ from: '2024-10-31', to: '2024-11-15', reason: 'Consiglio convocato a novembre', eventId: expect.any(String) }]],
    ]);

    api.clock.set('2024-11-20T09:00:00Z');
    expect((await deadlines('?status=missed&ente=levate')).map((d) => d.rule)).toEqual(['monitoraggio', 'objective']);

    const met = await api.call('POST', `/api/plans/${planId}/objectives/${istruzione}/milestone`, { act: { organo: 'consiglio', numero: 41, data: '2024-11-12' } }, consiglio);
    expect(met.status).toBe(200);
    const [pdsDeadline] = await deadlines(`?planId=${planId}&status=met&from=2024-11-01`);
    expect(pdsDeadline).toMatchObject({ deadlineId: pds(), status: 'met', met: { type: 'ObjectiveMilestoneMet', date: '2024-11-12', late: false } });

    const again = await api.call('POST', `/api/plans/${planId}/objectives/${istruzione}/milestone`, { act: { organo: 'consiglio', numero: 42, data: '2024-11-12' } }, consiglio);
    expect(again.body).toMatchObject({ statusCode: 409, rule: 'milestone_already_met' });
    const reused = await api.call('POST', `/api/plans/${planId}/objectives/${istruzione}/deadline`, { deadline: '2024-12-01', reason: 'x' }, togni);
    expect(reused.body).toMatchObject({ statusCode: 409, rule: 'milestone_already_met' });
  });

  it("serves an owner's deadlines as an iCalendar feed", async () => {
    const response = await fetch(`${api.url}/api/deadlines.ics?owner=roberto.togni`, { headers: as('roberto.togni', 'responsabile') });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(response.headers.get('content-disposition')).toBe('inline; filename="scadenze-roberto.togni.ics"');
    const ics = unfold(await response.text());
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toContain('X-WR-CALNAME:Scadenze del ciclo della performance — Roberto Togni');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    const event = ics.split('BEGIN:VEVENT').find((e) => e.includes(`UID:${pds()}@ciclo`))!;
    expect(event).toContain('DTSTART;VALUE=DATE:20241115');
    expect(event).toContain('SUMMARY:Obiettivo «Istruzione» — Comune di Levate (rispettata)');
    expect(event).toContain('SEQUENCE:1');
    expect(event).toContain(`URL;VALUE=URI:http://localhost:3000/api/plans/${planId}`);
  });

  it('refuses malformed filters with 400, naming the field', async () => {
    expect((await api.call('GET', '/api/deadlines?status=late')).body.errors).toEqual([{ field: 'status', reasons: [expect.stringContaining('status must be one of')] }]);
    expect((await api.call('GET', '/api/deadlines?from=2024-12-01&to=2024-11-01')).body.errors).toEqual([{ field: 'from', reasons: ['from must not be after to'] }]);
    expect((await api.call('GET', '/api/deadlines?to=2024-02-30')).status).toBe(400);
    expect((await api.call('GET', '/api/deadlines.ics')).status).toBe(400);
    expect((await api.call('GET', '/api/notifications')).status).toBe(400);
  });

  it('keeps serving with Redis down, says so in the health check, and refuses to reconcile', async () => {
    const health = await api.call('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'degraded', eventStore: { status: 'up' }, redis: { status: 'down' } });
    expect((await api.call('POST', '/api/reminders/reconcile')).status).toBe(503);
    expect((await api.call('GET', '/api/notifications?recipient=roberto.togni')).body).toEqual([]);
  });
});
