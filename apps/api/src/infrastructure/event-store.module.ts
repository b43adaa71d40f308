import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EVENT_STORE, EventStore, EventStoreDbEventStore, SqliteEventStore } from '@ciclo/event-store';
import { Clock, SystemClock } from './clock';

/**
 * The stream categories Ciclo writes (`plan-<planId>`, `delibere-<ente>`). On EventStoreDB the
 * projections follow `$all` filtered to them; a new category must be added here.
 */
export const CICLO_STREAM_CATEGORIES = ['plan', 'delibere', 'reminders'];

/** The event store (embedded SQLite by default, EventStoreDB when EVENTSTORE_CONNECTION_STRING is set) and the clock. */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [ConfigService],
      useFactory: (config: ConfigService): EventStore => {
        const connectionString = config.get<string>('EVENTSTORE_CONNECTION_STRING');
        if (connectionString) return EventStoreDbEventStore.connect({ connectionString, categories: CICLO_STREAM_CATEGORIES });
        return SqliteEventStore.open({ path: config.getOrThrow<string>('SQLITE_PATH') });
      },
    },
    { provide: Clock, useClass: SystemClock },
  ],
  exports: [EVENT_STORE, Clock],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
