import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { RedisHealth } from '../reminders/redis-status';
import { EventStoreHealthIndicator } from './event-store.health';
import { ProjectionLagHealthIndicator } from './projection-lag.health';
import { RedisHealthIndicator } from './redis.health';
import { Public } from '../auth/public.decorator';

export interface Health {
  /** `degraded`: plans are served, but reminders cannot be scheduled (Redis is down) or the read models lag behind */
  status: 'ok' | 'degraded';
  eventStore: { status: 'up'; headPosition: number };
  projections: { status: 'up' | 'down'; position: number; lag?: number; maxLag?: number };
  redis: RedisHealth;
}

/**
 * Three views of one set of terminus indicators. `GET /api/health` keeps the API's own contract:
 * 200 whenever the store answers, `degraded` when Redis is down or the read models lag (Redis is
 * deliberately not fatal: the API serves plans without it, so it must not take the API out of a
 * load balancer). `live` and `ready` are terminus' own answers (503 when a fatal check is down).
 */
@ApiTags('health')
@Public()
@Controller('api/health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly eventStore: EventStoreHealthIndicator,
    private readonly projectionLag: ProjectionLagHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Health of the API and what it depends on (event store, read models, Redis of the reminders)' })
  @ApiOkResponse({
    description: '{status: ok|degraded, eventStore: {status, headPosition}, projections: {status, position, lag, maxLag}, redis: {status: up|down, url, error?}}',
  })
  @ApiServiceUnavailableResponse({ description: 'the event store does not answer (terminus result: {status: error, error, details})' })
  async overall(): Promise<Health> {
    const [{ projections }, { redis }] = await Promise.all([this.projectionLag.check(), this.redis.check()]);
    const fatal = await this.health.check([() => this.eventStore.check()]);
    return {
      status: redis.status === 'up' && projections.status === 'up' ? 'ok' : 'degraded',
      eventStore: fatal.details.eventStore as Health['eventStore'],
      projections,
      redis: redis as RedisHealth,
    };
  }

  @Get('live')
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness for orchestrators: the process answers HTTP (nothing else is checked)' })
  live(): Promise<HealthCheckResult> {
    return this.health.check([() => this.indicators.check('process').up({ uptimeSeconds: Math.round(process.uptime()) })]);
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({
    summary: 'Readiness for orchestrators: the event store answers and the read models are at most HEALTH_MAX_PROJECTION_LAG events behind (Redis is not required)',
  })
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.eventStore.check(), () => this.projectionLag.check()]);
  }
}
