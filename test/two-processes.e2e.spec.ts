import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, StoredEvent } from '@ciclo/event-store';
import { ApiResponse, as, callApi } from './support/api-harness';
import { ApiProcess, spawnApi } from './support/api-process';

const segretario = as('segretario.levate', 'segretario');
const togni = as('roberto.togni', 'responsabile');
const giunta = as('sindaco.levate', 'giunta');
const TOGNI = { id: 'roberto.togni', name: 'Roberto Togni', email: 'roberto.togni@comune.levate.bg.it' };

const RACED_PLANS = 12;
const WRITERS_PER_PROCESS = 4;
const ACTIVITIES_PER_WRITER = 8;

/**
 * Two real API processes share one SQLite event store, each with its own read-model file (one
 * projection writer per file). Conflicting commands sent to both at once must never lose an
 * acknowledged write nor let two conflicting ones both in. The store is read afterwards through a
 * third connection of our own.
 */
describe('two API processes on one SQLite event store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ciclo-two-processes-'));
  const storePath = join(dir, 'ciclo.sqlite');
  let a: ApiProcess;
  let b: ApiProcess;

  beforeAll(async () => {
    [a, b] = await Promise.all(
      ['a', 'b'].map((name) => spawnApi({ SQLITE_PATH: storePath, PROJECTIONS_SQLITE_PATH: join(dir, `${name}.projections.sqlite`) })),
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a, b].map((api) => api?.kill('SIGTERM')));
    rmSync(dir, { recursive: true, force: true });
  });

  /** A stream as the store holds it, read through a connection of the test's own. */
  async function stored(streamName: string): Promise<StoredEvent[]> {
    const store = SqliteEventStore.open({ path: storePath });
    try {
      return await store.readStream(streamName);
    } finally {
      await store.close();
    }
  }

  async function ok(response: Promise<ApiResponse>): Promise<ApiResponse['body']> {
    const { status, body } = await response;
    if (status >= 300) throw new Error(`expected success, got ${status}: ${JSON.stringify(body)}`);
    return body;
  }

  async function draftPlan(api: ApiProcess, year: number): Promise<{ planId: string; centroId: string }> {
    const ente = { code: 'levate', name: 'Comune di Levate', provincia: 'BG' };
    const { planId } = await ok(callApi(api.url, 'POST', '/api/plans', { ente, year, triennio: [year, year + 2] }, segretario));
    const centro = { code: 'SAG', name: 'Servizio Affari Generali', kind: 'attivita', responsabile: TOGNI };
    const { centroId } = await ok(callApi(api.url, 'POST', `/api/plans/${planId}/centri`, centro, segretario));
    return { planId, centroId };
  }

  async function proposedPlan(api: ApiProcess, year: number): Promise<string> {
    const { planId, centroId } = await draftPlan(api, year);
    const objective = {
      centroId,
      title: 'Transizione digitale',
      points: 100,
      expectedPerformance: 'Sei misure PNRR finanziate',
      indicators: [{ description: 'Misure finanziate', target: '6' }],
      referenceYears: [year],
    };
    await ok(callApi(api.url, 'POST', `/api/plans/${planId}/objectives`, objective, togni));
    await ok(callApi(api.url, 'POST', `/api/plans/${planId}/centri/${centroId}/submit`, undefined, togni));
    await ok(callApi(api.url, 'POST', `/api/plans/${planId}/propose`, undefined, segretario));
    return planId;
  }

  it(
    'of two approvals of one proposed plan by different delibere, sent to both processes at once, exactly one wins',
    async () => {
      const cited: { winner: number; loser: number }[] = [];
      for (let i = 0; i < RACED_PLANS; i++) {
        const planId = await proposedPlan(i % 2 === 0 ? a : b, 2024);
        const numeri = [100 + i, 500 + i];
        const outcomes = await Promise.all(
          [a, b].map((api, k) =>
            callApi(api.url, 'POST', `/api/plans/${planId}/approve`, { delibera: { organo: 'giunta', numero: numeri[k], data: '2024-04-09' } }, giunta),
          ),
        );

        const statuses = outcomes.map((o) => o.status).sort();
        expect({ planId, statuses }).toEqual({ planId, statuses: [200, 409] });
        const winner = outcomes.findIndex((o) => o.status === 200);
        const approvals = (await stored(`plan-${planId}`)).filter((e) => e.type === 'PlanApproved');
        expect(approvals.map((e) => (e.data as { delibera: { numero: number } }).delibera.numero)).toEqual([numeri[winner]]);
        expect(approvals[0].position).toBe(outcomes[winner].body.position);
        cited.push({ winner: numeri[winner], loser: numeri[1 - winner] });
      }

      // in the ente's register the winning delibera stays taken; the losing one, if registered, was released
      const lastEventByNumero = new Map<number, string>();
      for (const event of await stored('delibere-levate')) lastEventByNumero.set((event.data as { numero: number }).numero, event.type);
      for (const { winner, loser } of cited) {
        expect(lastEventByNumero.get(winner)).toBe('DeliberaRegistered');
        expect([undefined, 'DeliberaReleased']).toContain(lastEventByNumero.get(loser));
      }
    },
    180_000,
  );

  it(
    'concurrent AddActivity commands through both processes: every acknowledged one is stored once, nothing else is',
    async () => {
      const { planId, centroId } = await draftPlan(a, 2025);
      const path = `/api/plans/${planId}/centri/${centroId}/activities`;
      const acknowledged = new Map<string, { number: number; position: number }>();
      const refused: ApiResponse[] = [];

      const writer = async (api: ApiProcess, w: number) => {
        for (let k = 0; k < ACTIVITIES_PER_WRITER; k++) {
          const number = w * 100 + k + 1;
          const response = await callApi(api.url, 'POST', path, { number, description: `Attività ${number}` }, togni);
          if (response.status === 201) acknowledged.set(response.body.activityId, { number, position: response.body.position });
          else refused.push(response);
        }
      };
      // the same command (one Idempotency-Key) sent to both processes at once is stored once at most;
      // whoever acknowledges it answers with the same result
      const duplicate = async (k: number) => {
        const number = 9_000 + k;
        const headers = { ...togni, 'Idempotency-Key': `${planId}-duplicate-${k}` };
        const both = await Promise.all([a, b].map((api) => callApi(api.url, 'POST', path, { number, description: `Doppia ${k}` }, headers)));
        const answered = both.filter((r) => r.status === 201).map((r) => r.body);
        refused.push(...both.filter((r) => r.status !== 201));
        if (answered.length === 0) return;
        expect(answered.map(({ activityId, position }) => ({ activityId, position }))).toEqual(
          answered.map(() => ({ activityId: answered[0].activityId, position: answered[0].position })),
        );
        acknowledged.set(answered[0].activityId, { number, position: answered[0].position });
      };

      await Promise.all([
        ...Array.from({ length: WRITERS_PER_PROCESS }, (_, w) => writer(a, w)),
        ...Array.from({ length: WRITERS_PER_PROCESS }, (_, w) => writer(b, WRITERS_PER_PROCESS + w)),
        ...Array.from({ length: 4 }, (_, k) => duplicate(k)),
      ]);

      // a command that lost every retry to the others is refused as a conflict, never as an error
      for (const response of refused) expect(response).toMatchObject({ status: 409, body: { rule: 'concurrent_change' } });
      expect(acknowledged.size).toBeGreaterThan(0);

      const added = (await stored(`plan-${planId}`)).filter((e) => e.type === 'ActivityAdded');
      const byId = new Map(added.map((e) => [(e.data as { activityId: string }).activityId, e]));
      expect(byId.size).toBe(added.length); // no activity twice
      expect([...byId.keys()].sort()).toEqual([...acknowledged.keys()].sort());
      for (const [activityId, { number }] of acknowledged) {
        expect((byId.get(activityId)!.data as { number: number }).number).toBe(number);
      }

      // each process's read model shows them all, whichever process wrote them: a query waits for the
      // store's head (read-your-writes), and minPosition still names a position to wait for
      const last = Math.max(...[...acknowledged.values()].map((v) => v.position));
      for (const api of [a, b]) {
        for (const query of ['', `?minPosition=${last}`]) {
          const view = await ok(callApi(api.url, 'GET', `/api/plans/${planId}${query}`));
          const activities = view.centri.find((c: { centroId: string }) => c.centroId === centroId).activities;
          expect(activities.map((x: { activityId: string }) => x.activityId).sort()).toEqual([...acknowledged.keys()].sort());
        }
      }
    },
    180_000,
  );
});
