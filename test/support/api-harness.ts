import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/app-setup';
import { createHttpAdapter } from '../../apps/api/src/http/http-adapter';
import { Clock } from '../../apps/api/src/infrastructure/clock';
import { defaultActorHeaders, namesItsActor } from './default-actor';

/** The HS256 secret of every test API: tests mint tokens with it (see test/support/tokens.ts). */
export const TEST_JWT_SECRET = 'test-secret-of-the-ciclo-e2e-suite-0123456789';

/** A clock the test moves by hand. */
export class ManualClock extends Clock {
  constructor(private current: Date) {
    super();
  }
  now(): Date {
    return this.current;
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export interface ApiHarness {
  url: string;
  dir: string;
  sqlitePath: string;
  clock: ManualClock;
  app: NestFastifyApplication;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
  close(): Promise<void>;
}

export interface ApiResponse {
  status: number;
  body: any;
}

/** The real API (real SQLite files in a temp folder, real HTTP on a loopback port), as main.ts wires it. */
export interface StartApiOptions {
  loadDemo?: boolean;
  now?: string;
  dir?: string;
  /** accept the X-Actor / X-Role headers (default true); false: only bearer tokens */
  devHeaders?: boolean;
  /** more environment for this API (e.g. AUTH_FAILURE_LIMIT) */
  env?: Record<string, string>;
}

export async function startApi(options: StartApiOptions = {}): Promise<ApiHarness> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'ciclo-e2e-'));
  const sqlitePath = join(dir, 'ciclo.sqlite');
  process.env.SQLITE_PATH = sqlitePath;
  delete process.env.PROJECTIONS_SQLITE_PATH;
  process.env.LOAD_DEMO = options.loadDemo ? 'true' : 'false';
  // tests act through the development headers unless they send a token signed with TEST_JWT_SECRET
  process.env.ALLOW_DEV_HEADERS = options.devHeaders === false ? 'false' : 'true';
  process.env.JWT_SECRET = TEST_JWT_SECRET;
  delete process.env.AUTH_FAILURE_LIMIT;
  Object.assign(process.env, options.env);
  // the JSON request log (pino-http) would print a line per call; a test that wants it sets LOG_LEVEL
  process.env.LOG_LEVEL ??= 'error';
  const clock = new ManualClock(new Date(options.now ?? '2024-04-10T09:00:00Z'));
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot()] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(), { bodyParser: false, logger: ['error'] });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    dir,
    sqlitePath,
    clock,
    app,
    call: (method, path, body, headers) => callApi(url, method, path, body, headers),
    async close() {
      await app.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function callApi(
  url: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ApiResponse> {
  const actor = namesItsActor(headers) ? {} : defaultActorHeaders(method, path);
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...actor, ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed };
}

/** Headers of a person acting in the cycle (development headers; ALLOW_DEV_HEADERS=true in tests). */
export function as(actor: string, role: string, extra: Record<string, string> = {}): Record<string, string> {
  return { 'x-actor': actor, 'x-role': role, ...extra };
}
