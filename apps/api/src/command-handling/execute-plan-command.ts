import { Command } from '@nestjs/cqrs';
import { Actor, PlanCommand } from '@ciclo/domain';
import { CommandResult } from './command-result';

export interface CommandEnvelope {
  /** Idempotency-Key header, or a fresh uuid */
  commandId: string;
  correlationId: string;
  causationId: string;
  actor: Actor;
}

/** The one message the controllers send for any plan command; see PlanCommandHandler. */
export class ExecutePlanCommand extends Command<CommandResult> {
  constructor(
    readonly command: PlanCommand,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
