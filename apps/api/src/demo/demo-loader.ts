import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CommandBus } from '@nestjs/cqrs';
import { PlanDocument } from '@ciclo/domain';
import { EVENT_STORE, EventStore } from '@ciclo/event-store';
import { ImportPlanCommand } from '../command-handling/import-plan-command';
import levate2024 from './levate-2024.plan.json';

/** The fixed command id makes the demo import idempotent: two processes starting at once load it once. */
export const DEMO_COMMAND_ID = 'demo-levate-2024';

/** On an empty store, loads the Levate 2024 plan so a new user has something real to look at. */
@Injectable()
export class DemoLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoLoader.name);

  constructor(
    private readonly config: ConfigService,
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get<boolean>('LOAD_DEMO')) return;
    if ((await this.store.headPosition()) > 0) return;
    const result = await this.commandBus.execute(
      new ImportPlanCommand(levate2024 as unknown as PlanDocument, {
        commandId: DEMO_COMMAND_ID,
        correlationId: DEMO_COMMAND_ID,
        causationId: DEMO_COMMAND_ID,
        actor: { id: 'demo', role: 'segretario' },
        principal: { id: 'demo', name: 'Caricamento dimostrativo', role: 'segretario', enti: ['levate'], centri: [] },
      }),
    );
    this.logger.log(`Loaded the demo plan Comune di Levate 2024: planId ${result.planId}`);
  }
}
