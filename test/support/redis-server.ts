import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from './api-process';

export interface RedisServer {
  url: string;
  port: number;
  /** a client for the test's own checks (FLUSHALL, reading the queue) */
  client: Redis;
  stop(): Promise<void>;
}

const MISSING = 'redis-server is not installed: the reminder tests start a real Redis. Install it (Debian/Ubuntu: apt-get install redis-server); CI installs it in .ci/run.';

/**
 * A real redis-server on a free loopback port, without persistence, for one test file. Fails the
 * test, saying what to install, when the binary is missing.
 */
export async function startRedisServer(): Promise<RedisServer> {
  if (spawnSync('redis-server', ['--version']).error) throw new Error(MISSING);
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `redis://127.0.0.1:${port}`;
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, disconnectTimeout: 100 });
  // refused connections while the server starts are expected: connect() rejects with them, the event need not print them
  client.on('error', () => undefined);
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}:\n${output}`);
    try {
      await client.connect();
      await client.ping();
      break;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port}:\n${output}`);
      client.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return { url, port, client, stop: () => stopRedis(child, client) };
}

async function stopRedis(child: ChildProcess, client: Redis): Promise<void> {
  client.disconnect();
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
