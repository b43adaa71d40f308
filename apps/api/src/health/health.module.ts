import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { RemindersModule } from '../reminders/reminders.module';
import { EventStoreHealthIndicator } from './event-store.health';
import { HealthCheckLogger } from './health-check.logger';
import { HealthController } from './health.controller';
import { ProjectionLagHealthIndicator } from './projection-lag.health';
import { RedisHealthIndicator } from './redis.health';

/** GET /api/health, /api/health/live and /api/health/ready (terminus). */
@Module({
  imports: [TerminusModule.forRoot({ logger: HealthCheckLogger }), RemindersModule],
  controllers: [HealthController],
  providers: [EventStoreHealthIndicator, ProjectionLagHealthIndicator, RedisHealthIndicator],
})
export class HealthModule {}
