import type { RedisOptions } from 'ioredis';

/** ioredis options from REDIS_URL (redis[s]://[user:password@]host[:port][/db]), for BullMQ's own connections. */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(Number.isInteger(db) && db > 0 ? { db } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ's default retries forever; keep the wait between attempts short so the worker heals fast
    retryStrategy: (times: number) => Math.min(250 * times, 5_000),
    disconnectTimeout: 100,
  };
}
