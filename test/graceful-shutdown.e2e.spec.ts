import { SqliteEventStore } from '@ciclo/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { as, callApi } from './support/api-harness';
import { spawnApi } from './support/api-process';

const segretario = as('segretario.levate', 'segretario');
const togni = as('roberto.togni', 'responsabile');

/**
 * SIGTERM in the middle of a stream of commands: the API stops taking connections, finishes what
 * it was doing, closes the projections and the store, and exits with 0; every answered command is stored.
 */
describe('an API stopped with SIGTERM', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ciclo-sigterm-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers or refuses each command, stores every answered one, and exits with 0 within a few seconds', async () => {
    const sqlitePath = join(dir, 'ciclo.sqlite');
    const api = await spawnApi({ SQLITE_PATH: sqlitePath, REDIS_URL: 'redis://127.0.0.1:1' });
    const ente = { code: 'levate', name: 'Comune di Levate', provincia: 'BG' };
    const planId = (await callApi(api.url, 'POST', '/api/plans', { ente, year: 2024, triennio: [2024, 2026] }, segretario)).body.planId;
    const responsabile = { id: 'roberto.togni', name: 'Roberto Togni', email: 'roberto.togni@comune.levate.bg.it' };
    const centro = { code: 'SAG', name: 'Servizio Affari Generali', kind: 'attivita', responsabile };
    const centroId = (await callApi(api.url, 'POST', `/api/plans/${planId}/centri`, centro, segretario)).body.centroId;

    const answered: { activityId: string; position: number }[] = [];
    let signalledAt = Number.POSITIVE_INFINITY;
    let answeredAfterSignal = 0;
    let next = 1;
    const writer = async () => {
      for (;;) {
        const number = next++;
        let r: Awaited<ReturnType<typeof callApi>>;
        try {
          r = await callApi(api.url, 'POST', `/api/plans/${planId}/centri/${centroId}/activities`, { number, description: `Attività ${number}` }, togni);
        } catch (error) {
          if (Date.now() < signalledAt) throw error;
          return; // refused: the API no longer takes connections
        }
        // an answer during the shutdown is a success too, never an error of a closed store
        expect({ number, status: r.status, body: r.status === 201 ? undefined : r.body }).toEqual({ number, status: 201, body: undefined });
        answered.push({ activityId: r.body.activityId, position: r.body.position });
        if (Date.now() > signalledAt) answeredAfterSignal++;
      }
    };
    const writers = Array.from({ length: 8 }, () => writer());
    while (answered.length < 60) await new Promise((r) => setTimeout(r, 5));

    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      api.child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    signalledAt = Date.now();
    api.child.kill('SIGTERM');
    const exit = await exited;
    const tookMs = Date.now() - signalledAt;
    await Promise.all(writers);

    expect({ exit, output: exit.code === 0 ? '' : api.output() }).toEqual({ exit: { code: 0, signal: null }, output: '' });
    expect(tookMs).toBeLessThan(5_000);
    expect(api.output()).toMatch(/SIGTERM received: finishing the requests in flight/);
    expect(answeredAfterSignal).toBeGreaterThan(0); // the commands in flight at the signal were finished, not cut

    const store = SqliteEventStore.open({ path: sqlitePath });
    try {
      const stored = await store.readAll({ after: 0, limit: 100_000 });
      const byPosition = new Map(stored.map((event) => [event.position, event]));
      const missing = answered.filter(
        ({ activityId, position }) => (byPosition.get(position)?.data as { activityId?: string } | undefined)?.activityId !== activityId,
      );
      expect({ answered: answered.length, missing }).toEqual({ answered: answered.length, missing: [] });
    } finally {
      await store.close();
    }
  }, 90_000);
});
