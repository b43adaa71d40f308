import { BullModule, getQueueToken, Processor } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import type { DeadlineRules } from '@ciclo/domain';
import { EVENT_STORE, type EventStore } from '@ciclo/event-store';
import { loadDeadlineRules, ProjectionDatabase } from '@ciclo/projections';
import type { Queue } from 'bullmq';
import { Configuration, validateConfiguration } from '../../api/src/config/configuration';
import { EventStoreModule } from '../../api/src/infrastructure/event-store.module';
import { DEADLINE_RULES } from '../../api/src/infrastructure/deadline-rules.token';
import { REMINDERS_CONTROL_QUEUE, REMINDERS_QUEUE } from '../../api/src/reminders/reminder-queues';
import { ChangeSignal } from './calendar/change-signal';
import { WorkerCalendar } from './calendar/worker-calendar';
import { ReconcileProcessor } from './control/reconcile.processor';
import { ReminderDelivery } from './delivery/reminder-delivery';
import { ReminderDeliveryProcessor } from './delivery/reminder-delivery.processor';
import { ReminderLog } from './delivery/reminder-log';
import { ReminderMailer } from './delivery/reminder-mailer';
import { remindersSqlitePath } from './infrastructure/reminders-sqlite-path';
import { ReminderClock, reminderClockFromConfig } from './infrastructure/reminder-clock';
import { redisOptionsFromUrl } from './infrastructure/redis-options';
import { ReminderScheduler } from './scheduling/reminder-scheduler';
import { ScheduleState } from './scheduling/schedule-state';
import { WorkerLifecycle } from './worker-lifecycle';

/**
 * The background worker: its own copy of the deadline calendar (followed from the event store),
 * the scheduler that turns it into delayed BullMQ jobs, and the processors that deliver them.
 * Same configuration as the API (validated the same way); the environment is read when it is built.
 */
@Module({})
export class WorkerModule {
  static forRoot(): DynamicModule {
    const env = validateConfiguration(process.env);
    // the processors' worker options come from the configuration, so they are attached here
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
      providers: [
        { provide: ReminderClock, useValue: reminderClockFromConfig(env.CICLO_CLOCK_START, env.CICLO_CLOCK_REAL_START, env.CICLO_CLOCK_SPEED) },
        { provide: DEADLINE_RULES, useFactory: () => loadDeadlineRules(env.DEADLINE_RULES_PATH) },
        { provide: ChangeSignal, useValue: new ChangeSignal() },
        {
          provide: WorkerCalendar,
          inject: [EVENT_STORE, DEADLINE_RULES, ChangeSignal],
          useFactory: (store: EventStore, rules: DeadlineRules, changes: ChangeSignal) =>
            new WorkerCalendar(store, ProjectionDatabase.open(remindersSqlitePath(env)), rules, changes, (error) =>
              console.error('The worker calendar stopped:', error),
            ),
        },
        { provide: ScheduleState, inject: [WorkerCalendar], useFactory: (calendar: WorkerCalendar) => new ScheduleState(calendar.db) },
        {
          provide: ReminderScheduler,
          inject: [getQueueToken(REMINDERS_QUEUE), WorkerCalendar, ScheduleState, DEADLINE_RULES, ReminderClock],
          useFactory: (queue: Queue, calendar: WorkerCalendar, state: ScheduleState, rules: DeadlineRules, clock: ReminderClock) =>
            new ReminderScheduler(queue, calendar, state, rules, clock, { attempts: env.REMINDER_ATTEMPTS, backoffMs: env.REMINDER_BACKOFF_MS }),
        },
        { provide: ReminderMailer, useFactory: () => new ReminderMailer(env.SMTP_URL, env.SMTP_FROM) },
        { provide: ReminderLog, inject: [EVENT_STORE, ReminderClock], useFactory: (store: EventStore, clock: ReminderClock) => new ReminderLog(store, clock) },
        {
          provide: ReminderDelivery,
          inject: [WorkerCalendar, ReminderLog, ReminderMailer, ReminderScheduler, DEADLINE_RULES, ReminderClock],
          useFactory: (
            calendar: WorkerCalendar,
            log: ReminderLog,
            mailer: ReminderMailer,
            scheduler: ReminderScheduler,
            rules: DeadlineRules,
            clock: ReminderClock,
          ) => new ReminderDelivery(calendar, log, mailer, scheduler, rules, clock, env.PUBLIC_URL),
        },
        { provide: ReminderDeliveryProcessor, inject: [ReminderDelivery], useFactory: (d: ReminderDelivery) => new ReminderDeliveryProcessor(d) },
        { provide: ReconcileProcessor, inject: [ReminderScheduler], useFactory: (s: ReminderScheduler) => new ReconcileProcessor(s) },
        WorkerLifecycle,
      ],
    };
  }
}

export type { Configuration };
