import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HealthIndicatorService } from '@nestjs/terminus';
import { EVENT_STORE, EventStore } from '@ciclo/event-store';
import { ProjectionFollower } from '@ciclo/projections';

/**
 * How far the read models are behind the store (head position minus the processor's position):
 * down above HEALTH_MAX_PROJECTION_LAG events, when queries would answer with a stale picture.
 */
@Injectable()
export class ProjectionLagHealthIndicator {
  private readonly maxLag: number;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly processor: ProjectionFollower,
    private readonly indicators: HealthIndicatorService,
    config: ConfigService,
  ) {
    this.maxLag = config.getOrThrow<number>('HEALTH_MAX_PROJECTION_LAG');
  }

  async check(key = 'projections') {
    const indicator = this.indicators.check(key);
    const position = this.processor.position();
    let headPosition: number;
    try {
      headPosition = await this.store.headPosition();
    } catch (error) {
      return indicator.down({ position, error: `event store: ${(error as Error).message}` });
    }
    const lag = Math.max(0, headPosition - position);
    const details = { position, lag, maxLag: this.maxLag };
    return lag > this.maxLag ? indicator.down(details) : indicator.up(details);
  }
}
