import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { EVENT_STORE, EventStore } from '@ciclo/event-store';

/** The event store answers a cheap read (its head position): without it no command and no catch-up works. */
@Injectable()
export class EventStoreHealthIndicator {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(key = 'eventStore') {
    const indicator = this.indicators.check(key);
    try {
      return indicator.up({ headPosition: await this.store.headPosition() });
    } catch (error) {
      return indicator.down({ error: (error as Error).message });
    }
  }
}
