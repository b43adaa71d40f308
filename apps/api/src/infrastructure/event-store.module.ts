import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EVENT_STORE, EventStore, SqliteEventStore } from '@ciclo/event-store';
import { Clock, SystemClock } from './clock';

/** The event store (embedded SQLite by default) and the clock, for every module. */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [ConfigService],
      useFactory: (config: ConfigService) => SqliteEventStore.open({ path: config.getOrThrow<string>('SQLITE_PATH') }),
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
