import { BullModule, Processor } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { validateConfiguration } from '../../api/src/config/configuration';
import { jsonLoggerModule } from '../../api/src/logging/json-logger.module';
import { EventStoreModule } from '../../api/src/infrastructure/event-store.module';
import { REMINDERS_CONTROL_QUEUE, REMINDERS_QUEUE } from '../../api/src/reminders/reminder-queues';
import { ReconcileProcessor } from './control/reconcile.processor';
import { ReminderDeliveryProcessor } from './delivery/reminder-delivery.processor';
import { redisOptionsFromUrl } from './infrastructure/redis-options';
import { workerProviders } from './worker-providers';
import { WorkerLifecycle } from './worker-lifecycle';

/**
 * The background worker: its own copy of the deadline calendar (followed from the event store),
 * the scheduler that turns it into delayed BullMQ jobs, and the processors that deliver them.
 * Same configuration as the API, validated the same way, read when the module is built.
 */
@Module({})
export class WorkerModule {
  static forRoot(): DynamicModule {
    const env = validateConfiguration(process.env);
    // the processors' worker options come from the configuration, so they are attached here;
    // they start delivering only once the worker has reconciled (see WorkerLifecycle)
    Processor(REMINDERS_QUEUE, {
      autorun: false,
      concurrency: 8,
      lockDuration: env.REMINDER_LOCK_MS,
      stalledInterval: env.REMINDER_STALLED_INTERVAL_MS,
      maxStalledCount: 2,
    })(ReminderDeliveryProcessor);
    Processor(REMINDERS_CONTROL_QUEUE, { autorun: false, concurrency: 1 })(ReconcileProcessor);

    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, validate: validateConfiguration, cache: true }),
        jsonLoggerModule(),
        EventStoreModule,
        BullModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService) => ({
            connection: redisOptionsFromUrl(config.getOrThrow<string>('REDIS_URL')),
            prefix: config.getOrThrow<string>('REDIS_PREFIX'),
          }),
        }),
        BullModule.registerQueue({ name: REMINDERS_QUEUE }, { name: REMINDERS_CONTROL_QUEUE }),
      ],
      providers: [...workerProviders(env), WorkerLifecycle],
    };
  }
}
