import { DecisionContext, PlanCommand, PlanCommandType } from '../commands/plan-commands';
import { NotFoundError } from '../errors/domain-errors';
import { PlanEvent } from '../events/plan-events';
import { Plan } from '../plan/plan-state';
import { activityDeciders } from './activities';
import { assertCommandAllowed } from './allowed-commands';
import { centroDeciders } from './centri';
import { CommandDecider, CommandDeciders } from './command-deciders';
import { consuntivoDeciders } from './consuntivo';
import { deadlineDeciders } from './deadlines';
import { objectiveDeciders } from './objectives';
import { decideCreatePlan, lifecycleDeciders } from './plan-lifecycle';
import { relazioneDeciders } from './relazione';
import { variationDeciders } from './variations';

export { allowedCommands } from './allowed-commands';

const deciders: CommandDeciders<Exclude<PlanCommandType, 'CreatePlan'>> = {
  ...lifecycleDeciders,
  ...centroDeciders,
  ...activityDeciders,
  ...objectiveDeciders,
  ...variationDeciders,
  ...consuntivoDeciders,
  ...relazioneDeciders,
  ...deadlineDeciders,
};

/**
 * The events a command produces against the plan as it stands, or the reason it is refused
 * (NotFoundError, RuleViolationError, OutOfOrderError). Pure: the clock comes in the context.
 * An empty result means the command changes nothing (e.g. a revision to the same values).
 */
export function decidePlan(command: PlanCommand, state: Plan | undefined, context: DecisionContext): PlanEvent[] {
  if (command.type === 'CreatePlan') return decideCreatePlan(command, state);
  if (!state) throw new NotFoundError(`plan ${command.planId} not found`);
  assertCommandAllowed(command.type, state);
  const decide = deciders[command.type] as CommandDecider<typeof command.type>;
  return decide(command as never, state, context);
}
