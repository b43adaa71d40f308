import { Inject, Injectable } from '@nestjs/common';
import {
  decideDeliberaRegistration,
  decideDeliberaRelease,
  Delibera,
  DeliberaRegistryEvent,
  DeliberaRegistryState,
  evolveDeliberaRegistry,
  initialDeliberaRegistry,
} from '@ciclo/domain';
import { EVENT_STORE, EventStore, streamName, WrongExpectedRevisionError } from '@ciclo/event-store';
import { CommandEnvelope } from './execute-plan-command';
import { toEventToAppend } from './event-envelope';
import { Clock } from '../infrastructure/clock';

export interface DeliberaClaim {
  enteCode: string;
  delibera: Delibera;
  planId: string;
  purpose: string;
}

const MAX_ATTEMPTS = 10;

/**
 * The ente's register of delibere (stream `delibere-<ente>`): a plan step that uses a delibera
 * first registers it here, so that two plans of one ente cannot both cite Delibera 28/2024.
 * Registering is idempotent per command id; a step that is then refused releases the number.
 */
@Injectable()
export class DeliberaRegistryService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  register(claim: DeliberaClaim, envelope: CommandEnvelope): Promise<void> {
    return this.decideAndAppend(claim.enteCode, envelope, 'RegisterDelibera', (state) =>
      decideDeliberaRegistration(state, { ...claim, commandId: envelope.commandId }),
    );
  }

  release(claim: DeliberaClaim, envelope: CommandEnvelope): Promise<void> {
    return this.decideAndAppend(claim.enteCode, envelope, 'ReleaseDelibera', (state) =>
      decideDeliberaRelease(state, { ...claim, commandId: envelope.commandId }),
    );
  }

  private async decideAndAppend(
    enteCode: string,
    envelope: CommandEnvelope,
    commandType: string,
    decide: (state: DeliberaRegistryState) => DeliberaRegistryEvent[],
  ): Promise<void> {
    const stream = streamName('delibere', enteCode);
    for (let attempt = 1; ; attempt++) {
      const stored = await this.store.readStream(stream);
      const state = stored.reduce(
        (s, e) => evolveDeliberaRegistry(s, { type: e.type, data: e.data } as DeliberaRegistryEvent),
        initialDeliberaRegistry(),
      );
      const events = decide(state);
      if (events.length === 0) return;
      const revision = stored.length - 1;
      const recordedAt = this.clock.now().toISOString();
      try {
        await this.store.append(
          stream,
          events.map((e, i) => toEventToAppend(e, envelope, commandType, recordedAt, `delibere/${revision + 1 + i}`)),
          revision < 0 ? 'no_stream' : revision,
        );
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}
