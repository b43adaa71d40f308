import { Command } from '@nestjs/cqrs';
import type { PlanDocument } from '@ciclo/domain';
import { CommandResult } from './command-result';
import { CommandEnvelope } from './execute-plan-command';

/** A whole plan document, applied as the same commands a user would send, in one atomic append. */
export class ImportPlanCommand extends Command<CommandResult> {
  constructor(
    readonly document: PlanDocument,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
