import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { as, callApi } from './support/api-harness';
import { spawnApi } from './support/api-process';

const segretario = as('segretario.levate', 'segretario');
const togni = as('roberto.togni', 'responsabile');

/**
 * Kills the API with SIGKILL in the middle of a stream of commands, restarts it on the same
 * file, and checks that every command that got a 2xx is there.
 */
describe('an API killed with SIGKILL loses no acknowledged command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ciclo-crash-'));
  const env = { SQLITE_PATH: join(dir, 'ciclo.sqlite') };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged activity after a kill mid-stream', async () => {
    const first = await spawnApi(env);
    const plan = await callApi(
      first.url,
      'POST',
      '/api/plans',
      { ente: { code: 'levate', name: 'Comune di Levate', provincia: 'BG' }, year: 2024, triennio: [2024, 2026] },
      segretario,
    );
    const planId = plan.body.planId;
    const centro = await callApi(
      first.url,
      'POST',
      `/api/plans/${planId}/centri`,
      {
        code: 'SAG',
        name: 'Servizio Affari Generali',
        kind: 'attivita',
        responsabile: { id: 'roberto.togni', name: 'Roberto Togni', email: 'roberto.togni@comune.levate.bg.it' },
      },
      segretario,
    );
    const centroId = centro.body.centroId;

    const acknowledged: { activityId: string; number: number; position: number }[] = [];
    let next = 1;
    let killed = false;
    const writer = async () => {
      while (!killed) {
        const number = next++;
        try {
          const r = await callApi(
            first.url,
            'POST',
            `/api/plans/${planId}/centri/${centroId}/activities`,
            { number, description: `Attività ${number}` },
            togni,
          );
          if (r.status === 201) acknowledged.push({ activityId: r.body.activityId, number, position: r.body.position });
        } catch {
          return; // the connection died with the process: not acknowledged
        }
      }
    };
    let running = 8;
    const writers = Array.from({ length: running }, () => writer().finally(() => running--));
    const deadline = Date.now() + 60_000;
    while (acknowledged.length < 120 && running > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    killed = true;
    await first.kill('SIGKILL');
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(120);

    const second = await spawnApi(env);
    try {
      const after = await callApi(second.url, 'GET', `/api/plans/${planId}`);
      expect(after.status).toBe(200);
      const stored = new Map<string, { number: number }>(
        after.body.centri
          .find((c: { centroId: string }) => c.centroId === centroId)
          .activities.map((a: { activityId: string; number: number }) => [a.activityId, a]),
      );
      const lost = acknowledged.filter((a) => stored.get(a.activityId)?.number !== a.number);
      expect(lost).toEqual([]);
      expect(after.body.position).toBeGreaterThanOrEqual(Math.max(...acknowledged.map((a) => a.position)));
    } finally {
      await second.kill('SIGTERM');
    }
  }, 120_000);
});
