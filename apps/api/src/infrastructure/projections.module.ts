import { Global, Inject, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EVENT_STORE, EventStore, SqliteEventStore } from '@ciclo/event-store';
import type { DeadlineRules } from '@ciclo/domain';
import {
  createPlanProjections,
  DeadlineReadModel,
  defaultProjectionsPath,
  HistoryReadModel,
  loadDeadlineRules,
  NotificationReadModel,
  planProjectionsSetup,
  ProjectionDatabase,
  ProjectionFollower,
  ProjectionProcessor,
  ProjectionsInThread,
  PlanReadModel,
} from '@ciclo/projections';
import { DEADLINE_RULES } from './deadline-rules.token';

/**
 * Read models fed from the store by global position (never by the in-memory event bus), in
 * their own SQLite file; the processor starts with the module and catches up from its checkpoint,
 * in a worker thread of its own with the SQLite store (PROJECTIONS_THREAD), else on this thread.
 */
@Global()
@Module({
  providers: [
    {
      provide: ProjectionDatabase,
      inject: [ConfigService],
      useFactory: (config: ConfigService) =>
        ProjectionDatabase.open(
          config.get<string>('PROJECTIONS_SQLITE_PATH') ??
            defaultProjectionsPath(config.getOrThrow<string>('SQLITE_PATH')),
        ),
    },
    {
      provide: DEADLINE_RULES,
      inject: [ConfigService],
      useFactory: (config: ConfigService) => loadDeadlineRules(config.getOrThrow<string>('DEADLINE_RULES_PATH')),
    },
    {
      provide: ProjectionFollower,
      inject: [EVENT_STORE, ProjectionDatabase, DEADLINE_RULES, ConfigService],
      useFactory: (store: EventStore, db: ProjectionDatabase, deadlineRules: DeadlineRules, config: ConfigService) => {
        if (store instanceof SqliteEventStore && config.get<boolean>('PROJECTIONS_THREAD') !== false && !db.connection.memory) {
          const inThread = new ProjectionsInThread({
            eventsPath: config.getOrThrow<string>('SQLITE_PATH'),
            projectionsPath: db.connection.name,
            setup: planProjectionsSetup({ deadlineRules }),
          });
          store.onCommitted(() => inThread.wake());
          return inThread;
        }
        return new ProjectionProcessor(store, db, createPlanProjections({ deadlineRules }));
      },
    },
    { provide: DeadlineReadModel, inject: [ProjectionDatabase], useFactory: (db: ProjectionDatabase) => new DeadlineReadModel(db) },
    {
      provide: NotificationReadModel,
      inject: [ProjectionDatabase],
      useFactory: (db: ProjectionDatabase) => new NotificationReadModel(db),
    },
    { provide: PlanReadModel, inject: [ProjectionDatabase], useFactory: (db: ProjectionDatabase) => new PlanReadModel(db) },
    {
      provide: HistoryReadModel,
      inject: [ProjectionDatabase],
      useFactory: (db: ProjectionDatabase) => new HistoryReadModel(db),
    },
  ],
  exports: [ProjectionFollower, PlanReadModel, HistoryReadModel, DEADLINE_RULES, DeadlineReadModel, NotificationReadModel],
})
export class ProjectionsModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly processor: ProjectionFollower,
    private readonly db: ProjectionDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.processor.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.processor.stop();
    this.db.close();
  }
}
