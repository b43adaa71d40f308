import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** The compiled API's entry, as `npm run build` writes it and `npm start` runs it. */
export const COMPILED_API_ENTRY = join(ROOT, 'dist', 'apps', 'api', 'apps', 'api', 'src', 'main.js');

export interface SpawnApiOptions {
  timeoutMs?: number;
  /** run COMPILED_API_ENTRY (build it first) instead of the TypeScript sources through ts-node */
  compiled?: boolean;
}

/** The API as a real child process: from its TypeScript sources compiled on the fly, or as `npm start` runs it. */
export async function spawnApi(env: Record<string, string>, options: SpawnApiOptions = {}): Promise<ApiProcess> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const port = await freePort();
  const entry = options.compiled ? [COMPILED_API_ENTRY] : ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'];
  const child = spawn(
    process.execPath,
    [...(process.env.CICLO_API_NODE_ARGS ? process.env.CICLO_API_NODE_ARGS.split(' ') : []), ...entry],
    { cwd: ROOT, env: { ...process.env, LOAD_DEMO: 'false', LOG_LEVEL: 'info', ALLOW_DEV_HEADERS: 'true', ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/api/docs-json`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  if (Date.now() >= deadline) {
    child.kill('SIGKILL');
    throw new Error(`API did not answer within ${timeoutMs} ms:\n${output}`);
  }
  return {
    url,
    child,
    output: () => output,
    kill: (signal) =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
