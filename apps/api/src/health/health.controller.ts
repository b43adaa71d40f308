import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore } from '@ciclo/event-store';
import { ProjectionProcessor } from '@ciclo/projections';
import { RedisConnection } from '../reminders/redis-connection';
import { redisHealth, type RedisHealth } from '../reminders/redis-status';

export interface Health {
  /** `degraded`: plans are served, but reminders cannot be scheduled (Redis is down) */
  status: 'ok' | 'degraded';
  eventStore: { status: 'up'; headPosition: number };
  projections: { position: number };
  redis: RedisHealth;
}

/** Answers 200 whenever the API serves plans; Redis being down makes it `degraded`, not down. */
@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionProcessor,
    private readonly redis: RedisConnection,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Health of the API and what it depends on (event store, read models, Redis of the reminders)' })
  @ApiOkResponse({ description: '{status: ok|degraded, eventStore, projections, redis: {status: up|down, url, error?}}' })
  async health(): Promise<Health> {
    const redis = await redisHealth(this.redis.client, this.redis.url);
    return {
      status: redis.status === 'up' ? 'ok' : 'degraded',
      eventStore: { status: 'up', headPosition: await this.store.headPosition() },
      projections: { position: this.projections.position() },
      redis,
    };
  }
}
