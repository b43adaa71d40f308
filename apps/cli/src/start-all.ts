import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';

/**
 * `npm run start:all` (the README's run command): the API and the reminder worker, built, with the
 * Redis the worker needs. With REDIS_URL unset it uses a Redis on localhost:6379, or starts one
 * (installing redis-server with apt-get when it is missing and this user may), or says exactly what
 * is missing; the API serves plans all the same and reports Redis in GET /api/health.
 */
const ROOT = resolve(__dirname, '..', '..', '..');
const LOCAL_REDIS = { host: '127.0.0.1', port: 6379 };
const children: ChildProcess[] = [];
let stopping = false;

function say(message: string): void {
  console.log(`[start] ${message}`);
}

/** Does something answer PING with +PONG there? */
function answersPing(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host, port });
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => finish(data.toString().startsWith('+PONG')));
  });
}

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** apt-get as root, or through sudo when it needs no password; false when neither is possible. */
function installRedisWithApt(): boolean {
  const asRoot = process.getuid?.() === 0;
  const sudo = !asRoot && has('sudo') && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!asRoot && !sudo) return false;
  const run = (args: string[]) =>
    spawnSync(sudo ? 'sudo' : args[0], sudo ? args : args.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0;
  say('redis-server is not installed: installing it with apt-get (Debian/Ubuntu package redis-server)');
  return run(['apt-get', 'update', '-qq']) && run(['apt-get', 'install', '-y', '-qq', 'redis-server']);
}

async function localRedis(): Promise<string | undefined> {
  const url = `redis://${LOCAL_REDIS.host}:${LOCAL_REDIS.port}`;
  if (await answersPing(LOCAL_REDIS.host, LOCAL_REDIS.port)) {
    say(`using the Redis already running at ${url}`);
    return url;
  }
  if (!has('redis-server') && !(has('apt-get') && installRedisWithApt())) {
    say(
      'Redis is missing, so deadline reminders are off (the API runs all the same). Either install it ' +
        '(Debian/Ubuntu: sudo apt-get install -y redis-server; macOS: brew install redis) and run this again, ' +
        'or point REDIS_URL at a Redis you have, e.g. REDIS_URL=redis://redis.example:6379 npm run start:all',
    );
    return undefined;
  }
  const dir = join(ROOT, 'data', 'redis');
  mkdirSync(dir, { recursive: true });
  say(`starting redis-server on ${url} (data in ${dir})`);
  start('redis', 'redis-server', ['--port', String(LOCAL_REDIS.port), '--bind', LOCAL_REDIS.host, '--dir', dir, '--appendonly', 'yes', '--loglevel', 'warning'], process.env);
  for (let i = 0; i < 50 && !(await answersPing(LOCAL_REDIS.host, LOCAL_REDIS.port)); i++) {
    await new Promise((done) => setTimeout(done, 100));
  }
  return url;
}

/** A child whose output lines are prefixed with its name; when it ends unasked, everything stops. */
function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk: Buffer) => chunk.toString().replace(/^(?=.)/gm, `[${name}] `);
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  child.on('exit', (code, signal) => {
    if (stopping) return;
    say(`${name} stopped (${code ?? signal}); stopping the others`);
    void stopAll(code ?? 1);
  });
  children.push(child);
  return child;
}

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  // the apps first, Redis last, so the worker closes its queues cleanly
  for (const child of [...children].reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  }
  process.exit(exitCode);
}

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (!env.REDIS_URL) {
    const url = await localRedis();
    if (url) env.REDIS_URL = url;
  } else {
    const { hostname, port } = new URL(env.REDIS_URL);
    if (!(await answersPing(hostname, Number(port || 6379)))) {
      say(`REDIS_URL=${env.REDIS_URL} does not answer now: the API serves plans and reports it in /api/health; the worker waits for it`);
    }
  }
  start('api', process.execPath, ['dist/apps/api/apps/api/src/main.js'], env);
  start('worker', process.execPath, ['dist/apps/worker/apps/worker/src/main.js'], env);
  say(`every route but /api/health needs a bearer token: TOKEN=$(npm run -s token -- --demo segretario), then curl -H "authorization: Bearer $TOKEN" http://localhost:${env.PORT ?? 3000}/api/plans`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopAll(0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  void stopAll(1);
});
