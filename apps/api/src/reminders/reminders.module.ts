import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { closeRedisClient, createRedisClient } from './redis-client';
import { RedisConnection } from './redis-connection';
import { ReminderControl } from './reminder-control.service';
import { RemindersController } from './reminders.controller';

/**
 * The API's side of the reminders: a Redis connection that never stops the API (it serves plans
 * and deadlines with Redis down and says so in GET /api/health), and reconciliation on demand.
 */
@Module({
  controllers: [RemindersController],
  providers: [
    {
      provide: RedisConnection,
      inject: [ConfigService],
      useFactory: (config: ConfigService) => {
        const url = config.getOrThrow<string>('REDIS_URL');
        return new RedisConnection(createRedisClient(url, 'Redis'), url, config.getOrThrow<string>('REDIS_PREFIX'));
      },
    },
    ReminderControl,
  ],
  exports: [RedisConnection],
})
export class RemindersModule implements OnApplicationShutdown {
  constructor(@Inject(RedisConnection) private readonly redis: RedisConnection) {}

  onApplicationShutdown(): void {
    closeRedisClient(this.redis.client);
  }
}
