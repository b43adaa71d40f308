import { PlanCommandType } from '../commands/plan-commands';
import { OutOfOrderError } from '../errors/domain-errors';
import { Centro, Plan } from '../plan/plan-state';
import { allowedCommands, CENTRO_EDITING_COMMANDS, outOfOrder } from './allowed-commands';

/**
 * A centro may be edited while the plan is drafted and the centro is with its responsabile
 * (draft or returned), or in an approved plan inside an open variation, whatever the centro.
 */
export function assertCentroEditable(commandType: PlanCommandType, plan: Plan, centro?: Centro): void {
  if (isInsideOpenVariation(plan)) return;
  if (plan.status !== 'drafting') throw outOfOrder(commandType, plan);
  if (centro && centro.status !== 'draft' && centro.status !== 'returned') {
    throw new OutOfOrderError(
      commandType,
      `drafting and centro ${centro.code} is ${centro.status}`,
      commandsForLockedCentro(plan),
    );
  }
}

export function isInsideOpenVariation(plan: Plan): boolean {
  return plan.status === 'approved' && plan.openVariationId !== undefined;
}

/** A submitted centro must be returned before anything in it changes. */
function commandsForLockedCentro(plan: Plan) {
  return allowedCommands(plan).filter((c) => c !== 'SubmitCentro' && !CENTRO_EDITING_COMMANDS.includes(c));
}
