import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { as, callApi } from '../test/support/api-harness';
import { spawnApi } from '../test/support/api-process';
import { DiskProbe } from './disk-probe';
import { describeHostCpu, HostCpuWatch } from './host-cpu';
import { KeepAliveClient } from './keep-alive-client';
import { percentile, round } from './percentiles';

const segretario = as('bench', 'segretario');
/** the Giunta approves the plans (the authorization rules allow nobody else to) */
const giunta = as('bench-giunta', 'giunta');
/** 50 approved plans of 4 objectives: each objective gets a few dozen monitoring entries, as in a busy year. */
const PLANS = 50;

async function approvedPlan(url: string, index: number): Promise<string[]> {
  const ente = { code: `bench${index}`, name: `Comune di prova ${index}`, provincia: 'BG' };
  const planId = (await callApi(url, 'POST', '/api/plans', { ente, year: 2024, triennio: [2024, 2026] }, segretario)).body.planId;
  const responsabile = { id: `resp${index}`, name: 'Responsabile', email: `resp${index}@example.org` };
  const centroId = (
    await callApi(url, 'POST', `/api/plans/${planId}/centri`, { code: 'SAG', name: 'Servizio', kind: 'attivita', responsabile }, segretario)
  ).body.centroId;
  const objectiveIds: string[] = [];
  for (let i = 0; i < 4; i++) {
    const r = await callApi(
      url,
      'POST',
      `/api/plans/${planId}/objectives`,
      { centroId, title: `Obiettivo ${i + 1}`, points: 25, expectedPerformance: 'x', indicators: [{ description: 'y' }], referenceYears: [2024] },
      segretario,
    );
    objectiveIds.push(r.body.objectiveId);
  }
  await callApi(url, 'POST', `/api/plans/${planId}/centri/${centroId}/submit`, undefined, segretario);
  await callApi(url, 'POST', `/api/plans/${planId}/propose`, undefined, segretario);
  const approved = await callApi(
    url,
    'POST',
    `/api/plans/${planId}/approve`,
    { delibera: { organo: 'giunta', numero: 1, data: '2024-04-09' } },
    giunta,
  );
  if (approved.status !== 200) throw new Error(`setup failed: ${JSON.stringify(approved.body)}`);
  return objectiveIds.map((o) => `/api/plans/${planId}/objectives/${o}/monitoring`);
}

function monitoring(client: KeepAliveClient, path: string, n: number): Promise<number> {
  const started = performance.now();
  return client.post(path, { progressPct: n % 101, notes: `avanzamento ${n}` }, segretario).then((r) => {
    if (r.status !== 200) throw new Error(`command failed: ${r.status} ${r.text}`);
    return performance.now() - started;
  });
}

/** Sends `count` commands at `rate` per second, each when due, and resolves with their latencies. */
async function atSteadyRate(client: KeepAliveClient, routes: string[], rate: number, count: number): Promise<number[]> {
  const latencies: Promise<number>[] = [];
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    latencies.push(monitoring(client, routes[i % routes.length], i));
  }
  return Promise.all(latencies);
}

/** The API as it is deployed: compiled by `nest build api` and run by node, as `npm start` does. */
function buildApi(): void {
  const built = spawnSync('npx', ['nest', 'build', 'api'], { cwd: join(__dirname, '..'), stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`nest build api failed (exit code ${built.status})`);
}

/**
 * Commands through real HTTP against the compiled API in its own process: the best throughput with 16
 * clients, then p50/p99 latency at a steady 200 commands/s, measured after 2 s at that rate that
 * are not counted (the API settles after the throughput run: its last batches, its GC).
 */
export async function benchHttp(opts: { dir: string; quick?: boolean }): Promise<Record<string, number>> {
  // request logging (one JSON line per request at info) is measured apart from the command path
  buildApi();
  const api = await spawnApi({ SQLITE_PATH: join(opts.dir, 'http-bench.sqlite'), LOG_LEVEL: 'warn' }, { compiled: true });
  const client = new KeepAliveClient(api.url);
  try {
    const routes = (await Promise.all(Array.from({ length: PLANS }, (_, i) => approvedPlan(api.url, i)))).flat();
    const total = opts.quick ? 300 : 3000;
    let sent = 0;
    const closedStart = performance.now();
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (sent < total) {
          const n = sent++;
          await monitoring(client, routes[n % routes.length], n);
        }
      }),
    );
    const commandsPerSecond = total / ((performance.now() - closedStart) / 1000);
    console.log(`HTTP commands, 16 concurrent clients: ${round(commandsPerSecond, 0)} commands/s`);

    const rate = 200;
    const seconds = opts.quick ? 2 : 10;
    await atSteadyRate(client, routes, rate, rate * 2);
    const host = new HostCpuWatch();
    const disk = DiskProbe.start(opts.dir);
    const measured = await atSteadyRate(client, routes, rate, rate * seconds).catch(async (error: unknown) => {
      // or the probe's thread would outlive the failed run
      await disk.stop();
      throw error;
    });
    const hostShares = host.shares();
    const diskFigures = await disk.stop();
    const p50 = percentile(measured, 50);
    const p99 = percentile(measured, 99);
    console.log(`HTTP commands at ${rate}/s for ${seconds} s: p50 ${round(p50)} ms, p99 ${round(p99)} ms (after 2 s not counted; target p99 < 20 ms)`);
    console.log(
      `  meanwhile: ${describeHostCpu(hostShares)}; a durable 1-row SQLite commit (WAL, FULL) on the same disk every 50 ms ` +
        `from another thread: p50 ${diskFigures.p50Ms} ms, p99 ${diskFigures.p99Ms} ms, max ${diskFigures.maxMs} ms`,
    );
    return {
      http_commands_per_s: round(commandsPerSecond, 0),
      http_rate_per_s: rate,
      http_p50_ms: round(p50),
      http_p99_ms: round(p99),
      ...(hostShares && { http_steady_host_busy_pct: hostShares.busyPct, http_steady_host_steal_pct: hostShares.stealPct }),
      http_steady_disk_commit_p99_ms: diskFigures.p99Ms,
      http_steady_disk_commit_max_ms: diskFigures.maxMs,
    };
  } finally {
    client.close();
    await api.kill('SIGTERM');
  }
}
