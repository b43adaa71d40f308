import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from './auth/auth.module';
import { CommandHandlingModule } from './command-handling/command-handling.module';
import { validateConfiguration } from './config/configuration';
import { DeadlinesHttpModule } from './deadlines/deadlines-http.module';
import { DemoModule } from './demo/demo.module';
import { jsonLoggerModule } from './logging/json-logger.module';
import { HealthModule } from './health/health.module';
import { EventStoreModule } from './infrastructure/event-store.module';
import { ProjectionsModule } from './infrastructure/projections.module';
import { PlansHttpModule } from './plans/plans-http.module';
import { QueriesModule } from './queries/queries.module';
import { RemindersModule } from './reminders/reminders.module';

@Module({})
export class AppModule {
  /** A factory, so the environment is read when the app is built, not when this file is imported. */
  static forRoot(): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, validate: validateConfiguration, cache: true }),
        jsonLoggerModule(),
        CqrsModule.forRoot(),
        EventStoreModule,
        ProjectionsModule,
        CommandHandlingModule,
        AuthModule,
        QueriesModule,
        PlansHttpModule,
        DeadlinesHttpModule,
        RemindersModule,
        HealthModule,
        DemoModule,
      ],
    };
  }
}
