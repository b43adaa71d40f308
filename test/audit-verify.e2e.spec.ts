import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ApiHarness, startApi } from './support/api-harness';
import { ApprovedPlan, approvedPlan, nucleo } from './support/approved-plan';

const ROOT = join(__dirname, '..');

/** `npm run audit:verify -- <planId>` as a child process, on the API's SQLite file. */
function auditVerifyCli(sqlitePath: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/cli/src/audit-verify.ts', ...args],
      { cwd: ROOT, env: { ...process.env, SQLITE_PATH: sqlitePath, EVENTSTORE_CONNECTION_STRING: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the audit trail verifies itself: an edit of the SQLite file is named by HTTP and by the CLI', () => {
  let api: ApiHarness;
  let tampered: ApprovedPlan;
  let untouched: ApprovedPlan;
  let edited: { position: number; revision: number };

  beforeAll(async () => {
    api = await startApi({ now: '2024-04-10T09:00:00Z' });
    tampered = await approvedPlan(
      api,
      [
        { title: 'Transizione digitale', points: 70 },
        { title: 'Tempestività dei pagamenti', points: 30 },
      ],
      { organo: 'giunta', numero: 28, data: '2024-04-09' },
    );
    untouched = await approvedPlan(api, [{ title: 'Anticorruzione e trasparenza', points: 100 }], undefined);
  }, 60_000);
  afterAll(async () => api.close());

  it('an untouched plan is intact on every chain, by HTTP and by the CLI', async () => {
    const verified = await api.call('GET', `/api/plans/${untouched.planId}/audit/verify`, undefined, nucleo);
    expect(verified.status).toBe(200);
    expect(verified.body.planId).toBe(untouched.planId);
    expect(verified.body.intact).toBe(true);
    expect(verified.body.chains.map((c: { streamName: string }) => c.streamName)).toEqual([
      `plan-${untouched.planId}`,
      `reminders-${untouched.planId}`,
      'delibere-levate',
    ]);
    const [plan, reminders, delibere] = verified.body.chains;
    expect(plan).toMatchObject({ intact: true, events: 4, headHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(reminders).toEqual({ streamName: `reminders-${untouched.planId}`, events: 0, headHash: null, intact: true });
    expect(delibere).toMatchObject({ intact: true, events: 1 });

    const cli = await auditVerifyCli(api.sqlitePath, untouched.planId);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(`Catena plan-${untouched.planId}: 4 eventi, integra, hash di testa ${plan.headHash}`);
    expect(cli.stdout).toContain('Esito: tutte le catene sono integre.');
  });

  it('after one event’s data is edited in the file, both name its revision and position', async () => {
    const before = await api.call('GET', `/api/plans/${tampered.planId}/audit/verify`, undefined, nucleo);
    expect(before.body.intact).toBe(true);

    const db = new Database(api.sqlitePath);
    try {
      edited = db
        .prepare("SELECT position, revision FROM events WHERE stream_name = ? AND type = 'ObjectiveDrafted' ORDER BY revision DESC LIMIT 1")
        .get(`plan-${tampered.planId}`) as { position: number; revision: number };
      const changed = db.prepare("UPDATE events SET data = json_set(data, '$.points', 100) WHERE position = ?").run(edited.position);
      expect(changed.changes).toBe(1);
    } finally {
      db.close();
    }

    const verified = await api.call('GET', `/api/plans/${tampered.planId}/audit/verify`, undefined, nucleo);
    expect(verified.status).toBe(200);
    expect(verified.body.intact).toBe(false);
    const [plan, reminders, delibere] = verified.body.chains;
    expect(plan).toMatchObject({
      streamName: `plan-${tampered.planId}`,
      events: 8,
      intact: false,
      headHash: before.body.chains[0].headHash,
      firstBrokenLink: {
        revision: edited.revision,
        position: edited.position,
        type: 'ObjectiveDrafted',
        reason: 'content_changed',
        storedHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        expectedHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    expect(plan.firstBrokenLink.expectedHash).not.toBe(plan.firstBrokenLink.storedHash);
    expect(reminders.intact).toBe(true);
    expect(delibere).toMatchObject({ intact: true, events: 1 });

    const cli = await auditVerifyCli(api.sqlitePath, tampered.planId);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain(
      `Catena plan-${tampered.planId}: 8 eventi, ROTTA alla revisione ${edited.revision} (posizione ${edited.position}, ObjectiveDrafted): contenuto modificato`,
    );
    expect(cli.stdout).toContain(`hash registrato ${plan.firstBrokenLink.storedHash}, hash atteso ${plan.firstBrokenLink.expectedHash}`);
    expect(cli.stdout).toContain('Catena delibere-levate: 1 evento, integra');
    expect(cli.stdout).toContain('ALTERATA');
  });

  it('the dossier of the edited plan shows the broken chain too', async () => {
    const dossier = await api.call('GET', `/api/plans/${tampered.planId}/audit/dossier.html`, undefined, nucleo);
    expect(dossier.status).toBe(200);
    expect(dossier.body).toContain(`ROTTA alla revisione ${edited.revision} (posizione ${edited.position}, ObjectiveDrafted): contenuto modificato`);
    expect(dossier.body).toContain('ATTENZIONE: almeno una catena è rotta.');
  });

  it('an unknown plan is a 404 and the CLI’s exit code 2; so is a call without a plan id', async () => {
    const unknown = randomUUID();
    expect((await api.call('GET', `/api/plans/${unknown}/audit/verify`, undefined, nucleo)).status).toBe(404);
    expect((await api.call('GET', '/api/plans/not-a-uuid/audit/verify', undefined, nucleo)).status).toBe(400);

    const cli = await auditVerifyCli(api.sqlitePath, unknown);
    expect(cli.code).toBe(2);
    expect(cli.stdout).toContain(`Piano ${unknown} non trovato`);
    const usage = await auditVerifyCli(api.sqlitePath);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Uso: npm run audit:verify -- <planId>');
    const noStore = await auditVerifyCli(join(api.dir, 'missing', 'ciclo.sqlite'), tampered.planId);
    expect(noStore.code).toBe(2);
    expect(noStore.stderr).toContain('Nessun event store');
  }, 60_000);
});
