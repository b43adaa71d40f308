import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { RedisConnection } from '../reminders/redis-connection';
import { redisHealth } from '../reminders/redis-status';

/** PING through the API's Redis connection (the reminders' queues); the API serves plans without it. */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly redis: RedisConnection,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(key = 'redis') {
    const indicator = this.indicators.check(key);
    const { status, ...details } = await redisHealth(this.redis.client, this.redis.url);
    return status === 'up' ? indicator.up(details) : indicator.down(details);
  }
}
