import { getQueueToken } from '@nestjs/bullmq';
import type { Provider } from '@nestjs/common';
import type { DeadlineRules } from '@ciclo/domain';
import { EVENT_STORE, type EventStore } from '@ciclo/event-store';
import { loadDeadlineRules, ProjectionDatabase } from '@ciclo/projections';
import type { Queue } from 'bullmq';
import type { Configuration } from '../../api/src/config/configuration';
import { DEADLINE_RULES } from '../../api/src/infrastructure/deadline-rules.token';
import { REMINDERS_QUEUE } from '../../api/src/reminders/reminder-queues';
import { ChangeSignal } from './calendar/change-signal';
import { WorkerCalendar } from './calendar/worker-calendar';
import { ReconcileProcessor } from './control/reconcile.processor';
import { ReminderDelivery } from './delivery/reminder-delivery';
import { ReminderDeliveryProcessor } from './delivery/reminder-delivery.processor';
import { ReminderLog } from './delivery/reminder-log';
import { ReminderMailer } from './delivery/reminder-mailer';
import { ReminderClock, reminderClockFromConfig } from './infrastructure/reminder-clock';
import { remindersSqlitePath } from './infrastructure/reminders-sqlite-path';
import { ReminderScheduler } from './scheduling/reminder-scheduler';
import { ScheduleState } from './scheduling/schedule-state';

/** The worker's parts, plain classes wired here from the validated configuration. */
export function workerProviders(env: Configuration): Provider[] {
  return [
    { provide: ReminderClock, useValue: reminderClockFromConfig(env.CICLO_CLOCK_START, env.CICLO_CLOCK_REAL_START, env.CICLO_CLOCK_SPEED) },
    { provide: DEADLINE_RULES, useFactory: () => loadDeadlineRules(env.DEADLINE_RULES_PATH) },
    { provide: ChangeSignal, useValue: new ChangeSignal() },
    {
      provide: WorkerCalendar,
      inject: [EVENT_STORE, DEADLINE_RULES, ChangeSignal],
      useFactory: (store: EventStore, rules: DeadlineRules, changes: ChangeSignal) => {
        const db = ProjectionDatabase.open(remindersSqlitePath(env));
        return new WorkerCalendar(store, db, rules, changes, (error) => console.error('The worker calendar stopped:', error));
      },
    },
    { provide: ScheduleState, inject: [WorkerCalendar], useFactory: (calendar: WorkerCalendar) => new ScheduleState(calendar.db) },
    {
      provide: ReminderScheduler,
      inject: [getQueueToken(REMINDERS_QUEUE), WorkerCalendar, ScheduleState, DEADLINE_RULES, ReminderClock],
      useFactory: (queue: Queue, calendar: WorkerCalendar, state: ScheduleState, rules: DeadlineRules, clock: ReminderClock) => {
        const retry = { attempts: env.REMINDER_ATTEMPTS, backoffMs: env.REMINDER_BACKOFF_MS };
        return new ReminderScheduler(queue, calendar, state, rules, clock, retry);
      },
    },
    { provide: ReminderMailer, useFactory: () => new ReminderMailer(env.SMTP_URL, env.SMTP_FROM) },
    {
      provide: ReminderLog,
      inject: [EVENT_STORE, ReminderClock],
      useFactory: (store: EventStore, clock: ReminderClock) => new ReminderLog(store, clock),
    },
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
    {
      provide: ReminderDeliveryProcessor,
      inject: [ReminderDelivery],
      useFactory: (delivery: ReminderDelivery) => new ReminderDeliveryProcessor(delivery),
    },
    {
      provide: ReconcileProcessor,
      inject: [ReminderScheduler],
      useFactory: (scheduler: ReminderScheduler) => new ReconcileProcessor(scheduler),
    },
  ];
}
