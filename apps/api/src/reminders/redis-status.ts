import type { Redis } from 'ioredis';
import { redactedUrl } from './redis-client';

export interface RedisHealth {
  status: 'up' | 'down';
  url: string;
  error?: string;
}

/** PING with a short timeout: the health check must answer even when Redis does not. */
export async function redisHealth(client: Redis, url: string, timeoutMs = 1_000): Promise<RedisHealth> {
  if (client.status !== 'ready') return { status: 'down', url: redactedUrl(url), error: `connection ${client.status}` };
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.ping(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs))),
    ]);
    return { status: 'up', url: redactedUrl(url) };
  } catch (error) {
    return { status: 'down', url: redactedUrl(url), error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
