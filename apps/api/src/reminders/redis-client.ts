import { Logger } from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';

/**
 * A Redis client that never takes the process down: commands fail at once while Redis is away
 * (no offline queue), it reconnects in the background, and it logs a state change once instead of
 * every retry. BullMQ needs `maxRetriesPerRequest: null` for the connections it blocks on.
 */
export function createRedisClient(url: string, name: string, options: RedisOptions = {}): Redis {
  const logger = new Logger(name);
  const client = new Redis(url, {
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    // a disconnect otherwise keeps a 2 s timer alive, holding the process open after close
    disconnectTimeout: 100,
    retryStrategy: (times) => Math.min(200 * times, 5_000),
    ...options,
  });
  let lastError = '';
  client.on('error', (error: Error) => {
    const message = error.message || String(error);
    if (message !== lastError) logger.warn(`Redis at ${redactedUrl(url)}: ${message}`);
    lastError = message;
  });
  client.on('ready', () => {
    if (lastError) logger.log(`Redis at ${redactedUrl(url)} is reachable again`);
    lastError = '';
  });
  return client;
}

/** The URL without its password, for logs and the health check. */
export function redactedUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

/** Closes for good: disconnect() alone leaves a reconnection pending while Redis is unreachable. */
export function closeRedisClient(client: Redis): void {
  client.options.retryStrategy = () => null;
  client.disconnect();
}
