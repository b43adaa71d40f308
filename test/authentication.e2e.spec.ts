import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { as, startApi, type ApiHarness } from './support/api-harness';
import { spawnApi } from './support/api-process';
import { eventCount } from './support/event-count';
import { bearer, tokenFor } from './support/tokens';

const LEVATE = { code: 'levate', name: 'Comune di Levate', provincia: 'BG' };
const newPlan = { ente: LEVATE, year: 2024, triennio: [2024, 2026] };
const segretario = { sub: 'segretario.levate', name: 'Segretario', ente: 'levate', role: 'segretario' };

describe('authentication with bearer tokens', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ devHeaders: false, env: { AUTH_FAILURE_LIMIT: '1000' } });
  });
  afterAll(() => api.close());

  async function refused(headers: Record<string, string>, message: RegExp): Promise<void> {
    const before = eventCount(api.sqlitePath);
    const response = await api.call('POST', '/api/plans', newPlan, headers);
    expect({ status: response.status, message: response.body.message }).toEqual({ status: 401, message: expect.stringMatching(message) });
    expect(eventCount(api.sqlitePath)).toBe(before);
  }

  it('refuses a request without a token, saying what to send', async () => {
    const response = await fetch(`${api.url}/api/plans`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="ciclo"');
    expect(((await response.json()) as { message: string }).message).toBe('Send a bearer token: Authorization: Bearer <jwt>');
  });

  it('ignores the development headers unless ALLOW_DEV_HEADERS=true', async () => {
    await refused(as('segretario.levate', 'segretario'), /Send a bearer token/);
  });

  it('refuses forged, expired, unsigned and malformed tokens, and tokens without the claims', async () => {
    await refused(bearer(segretario, { secret: 'another-secret-of-at-least-thirty-two-chars' }), /signature is invalid/);
    await refused(bearer(segretario, { expiresIn: -10 }), /has expired/);
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(segretario)).toString('base64url')}.`;
    await refused({ authorization: `Bearer ${unsigned}` }, /signed with none; this API accepts HS256/);
    await refused({ authorization: 'Bearer not-a-token' }, /must be "Bearer <jwt>"/);
    await refused({ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }, /must be "Bearer <jwt>"/);
    await refused(bearer({ ...segretario, role: 'sindaco' }), /"role" must be one of/);
    await refused(bearer({ sub: 'x', role: 'segretario' }), /"ente" claim/);
    await refused(bearer({ ...segretario, ente: '*' }), /only an admin token may name every ente/);
  });

  it('accepts a valid token and records who acted, with their name', async () => {
    const created = await api.call('POST', '/api/plans', newPlan, bearer(segretario));
    expect(created.status).toBe(201);
    const history = await api.call('GET', `/api/plans/${created.body.planId}/history`, undefined, bearer(segretario));
    expect(history.body[0]).toMatchObject({ eventType: 'PlanCreated', actor: { id: 'segretario.levate', role: 'segretario' } });
  });

  it('takes the token from ?access_token= only on the calendar feed, which calendar clients subscribe to', async () => {
    const token = tokenFor(segretario);
    expect((await fetch(`${api.url}/api/deadlines.ics?owner=roberto.togni&access_token=${token}`)).status).toBe(200);
    expect((await fetch(`${api.url}/api/deadlines?access_token=${token}`)).status).toBe(401);
  });

  it('serves the health checks and the OpenAPI document without a token', async () => {
    expect((await fetch(`${api.url}/api/health/live`)).status).toBe(200);
    const openApi = (await (await fetch(`${api.url}/api/docs-json`)).json()) as any;
    expect(openApi.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(openApi.security).toEqual([{ bearer: [] }]);
    expect(openApi.paths['/api/health/live'].get.security).toEqual([]);
    expect(openApi.paths['/api/plans'].get.responses).toHaveProperty('401');
  });
});

describe('repeated failed authentications', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ devHeaders: false, env: { AUTH_FAILURE_LIMIT: '3', AUTH_FAILURE_WINDOW_SECONDS: '60' } });
  });
  afterAll(() => api.close());

  it('answers 429 with Retry-After once an address has failed too often, and still serves valid tokens', async () => {
    const forged = bearer(segretario, { secret: 'guessing-the-secret-of-the-comune-000000' });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await fetch(`${api.url}/api/plans`, { headers: forged });
      statuses.push(response.status);
      retryAfter ??= response.headers.get('retry-after');
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect((await api.call('GET', '/api/plans', undefined, bearer(segretario))).status).toBe(200);
  });
});

describe('RS256 tokens verified with JWT_PUBLIC_KEY', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ devHeaders: false, env: { JWT_SECRET: '', JWT_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString() } });
  });
  afterAll(() => {
    delete process.env.JWT_PUBLIC_KEY;
    return api.close();
  });

  it('accepts a token signed with the private key and refuses an HS256 one', async () => {
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const rs256 = new JwtService().sign(segretario, { algorithm: 'RS256', privateKey: pem, expiresIn: '1h' });
    expect((await api.call('POST', '/api/plans', newPlan, { authorization: `Bearer ${rs256}` })).status).toBe(201);
    const hs256 = await api.call('POST', '/api/plans', newPlan, { authorization: `Bearer ${tokenFor(segretario)}` });
    expect({ status: hs256.status, message: hs256.body.message }).toEqual({ status: 401, message: 'The token is signed with HS256; this API accepts RS256' });
  });
});

describe('starting the API', () => {
  it('warns when the development headers are on, and when it signs with a generated secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ciclo-auth-'));
    const env = { ...process.env } as Record<string, string>;
    delete env.JWT_SECRET;
    const child = await spawnApi({ ...env, JWT_SECRET: '', SQLITE_PATH: join(dir, 'ciclo.sqlite'), ALLOW_DEV_HEADERS: 'true', LOG_LEVEL: 'info' });
    try {
      expect(child.output()).toContain('ALLOW_DEV_HEADERS=true: anyone can act as anyone');
      expect(child.output()).toContain(`JWT_SECRET is not set: tokens are signed with the secret generated in ${join(dir, 'jwt-secret')}`);
    } finally {
      await child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
