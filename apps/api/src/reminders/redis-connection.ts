import type { Redis } from 'ioredis';

/** The API's connection to the Redis of the reminder queues, with what it needs to name keys and report health. */
export class RedisConnection {
  constructor(
    readonly client: Redis,
    readonly url: string,
    /** BullMQ key prefix (REDIS_PREFIX) */
    readonly prefix: string,
  ) {}
}
