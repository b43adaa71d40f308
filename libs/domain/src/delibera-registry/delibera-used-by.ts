import { PlanCommand } from '../commands/plan-commands';
import { Delibera } from '../values/delibera';

/** The delibera a plan command cites, which the ente's registry must grant before it is appended. */
export function deliberaUsedBy(command: PlanCommand): { delibera: Delibera; purpose: string } | undefined {
  switch (command.type) {
    case 'ApprovePlan':
      return { delibera: command.data.delibera, purpose: 'approval of the plan' };
    case 'ApproveVariation':
      return { delibera: command.data.delibera, purpose: `approval of variation ${command.data.variationId}` };
    case 'ApproveRelazione':
      return { delibera: command.data.delibera, purpose: 'approval of the Relazione sulla Performance' };
    case 'RecordMilestone':
      return { delibera: command.data.act, purpose: `milestone of objective ${command.data.objectiveId}` };
    case 'RecordBudgetApproval':
      return { delibera: command.data.delibera, purpose: 'approval of the budget' };
    default:
      return undefined;
  }
}
