import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnApi } from './support/api-process';

/** The JSON request log of the API as deployed: one line per request, never the health probes, never a token. */
describe('the request log', () => {
  it('logs each request with method, url and status, hides a token in the url and leaves out the health probes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ciclo-log-'));
    const api = await spawnApi({ SQLITE_PATH: join(dir, 'ciclo.sqlite'), LOG_LEVEL: 'info' });
    try {
      await fetch(`${api.url}/api/health/live`);
      await fetch(`${api.url}/api/health/ready`);
      await fetch(`${api.url}/api/deadlines.ics?owner=roberto.togni&access_token=not-a-real-token`);
      await fetch(`${api.url}/api/plans/not-a-uuid`, { headers: { 'x-actor': 'a', 'x-role': 'segretario' } });
      const requestLines = () =>
        api
          .output()
          .split('\n')
          .filter((line) => line.startsWith('{') && line.includes('"req"'))
          .map((line) => JSON.parse(line) as { req: { method: string; url: string }; res: { statusCode: number } })
          .map((r) => `${r.req.method} ${r.req.url} ${r.res.statusCode}`);
      // a line is written once its response has finished, and reaches this process through a pipe
      for (let waited = 0; waited < 5_000 && !requestLines().some((line) => line.includes('not-a-uuid')); waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const lines = requestLines();
      expect(lines).toEqual(
        expect.arrayContaining(['GET /api/deadlines.ics?owner=roberto.togni&access_token=[hidden] 401', 'GET /api/plans/not-a-uuid 400']),
      );
      expect(lines.filter((line) => line.includes('/api/health'))).toEqual([]);
      expect(api.output()).not.toContain('not-a-real-token');
    } finally {
      await api.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
