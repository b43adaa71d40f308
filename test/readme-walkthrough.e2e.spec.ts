import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callApi, TEST_JWT_SECRET } from './support/api-harness';
import { ApiProcess, spawnApi } from './support/api-process';
import { bearer } from './support/tokens';

/** The bash blocks of the README's walkthrough, less the first one (which starts the API). */
function walkthroughScript(): string {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  const section = readme.split('\n## Walkthrough')[1].split('\n## ')[0];
  const blocks = [...section.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.slice(1).join('\n');
}

/** Keeps the README true: its walkthrough runs, as written, against a real API process. */
describe('the README walkthrough', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ciclo-readme-'));
  let api: ApiProcess;

  beforeAll(async () => {
    // tokens only, as in production; `npm run token` in the walkthrough signs with the same JWT_SECRET
    api = await spawnApi({ SQLITE_PATH: join(dir, 'walkthrough.sqlite'), LOAD_DEMO: 'false', ALLOW_DEV_HEADERS: 'false', JWT_SECRET: TEST_JWT_SECRET });
  }, 90_000);
  afterAll(async () => {
    await api?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the whole cycle of the Levate plan with curl and ends with the plan closed, 91 points awarded', async () => {
    const run = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', walkthroughScript()], {
      env: { ...process.env, API: `${api.url}/api`, JWT_SECRET: TEST_JWT_SECRET },
      encoding: 'utf8',
      timeout: 80_000,
    });
    // the only refusal is the one the walkthrough shows on purpose: a change to the approved plan
    expect({ status: run.status, refused: run.stderr.match(/<- .* failed/g) }).toEqual({
      status: 0,
      refused: [expect.stringMatching(/<- PATCH \/plans\/\S+\/objectives\/\S+ failed/)],
    });
    expect(run.stdout).toMatch(/^closed$/m);

    const nucleo = bearer({ sub: 'nucleo.levate', role: 'nucleo', ente: 'levate' });
    const plans = (await callApi(api.url, 'GET', '/api/plans?ente=levate&year=2024', undefined, nucleo)).body;
    expect(plans).toHaveLength(1);
    const plan = (await callApi(api.url, 'GET', `/api/plans/${plans[0].planId}`, undefined, nucleo)).body;
    const total = plan.centri.flatMap((c: any) => c.objectives).reduce((sum: number, o: any) => sum + o.pointsAwarded, 0);
    expect(total).toBe(91);
  }, 90_000);
});
