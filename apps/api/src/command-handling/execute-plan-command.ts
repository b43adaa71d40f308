import { Command } from '@nestjs/cqrs';
import { Actor, PlanCommand, Principal } from '@ciclo/domain';
import { CommandResult } from './command-result';

export interface CommandEnvelope {
  /** Idempotency-Key header, or a fresh uuid */
  commandId: string;
  correlationId: string;
  causationId: string;
  actor: Actor;
  /** who sent it, with the enti and centri they act for: the policy table checks it */
  principal: Principal;
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
