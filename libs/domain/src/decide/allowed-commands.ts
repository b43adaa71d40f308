import { PlanCommandType } from '../commands/plan-commands';
import { OutOfOrderError } from '../errors/domain-errors';
import { Plan, PlanStatus } from '../plan/plan-state';

/** Commands that change what a centro holds: open while drafting, and inside a variation. */
export const CENTRO_EDITING_COMMANDS: readonly PlanCommandType[] = [
  'AddCentro',
  'DescribeService',
  'AddActivity',
  'ReviseActivity',
  'RemoveActivity',
  'DefineActivityIndicator',
  'RecordIndicatorValue',
  'RecordResources',
  'DraftObjective',
  'ReviseObjective',
  'WithdrawObjective',
];

/** Actual measurements may be recorded at any time until the plan is closed. */
const MEASURING: readonly PlanCommandType[] = ['RecordIndicatorValue'];

/** An objective's milestone is reached, or its deadline moved, while the plan runs: approved, varied, or at the consuntivo. */
const OBJECTIVE_DEADLINES: readonly PlanCommandType[] = ['RecordMilestone', 'MoveDeadline'];

/** The budget may be approved before, while or after the plan is drafted; its date moves the PIAO deadline. */
const BUDGET: readonly PlanCommandType[] = ['RecordBudgetApproval'];

const ALLOWED_BY_STATUS: Record<PlanStatus, readonly PlanCommandType[]> = {
  drafting: [...CENTRO_EDITING_COMMANDS, 'SubmitCentro', 'ReturnCentro', 'ProposePlan', ...BUDGET],
  proposed: ['ReturnCentro', 'ApprovePlan', ...BUDGET],
  approved: ['OpenVariation', 'RecordMonitoring', ...MEASURING, 'StartConsuntivo', ...OBJECTIVE_DEADLINES, ...BUDGET],
  consuntivo: ['RecordConsuntivo', 'ValidateConsuntivo', ...MEASURING, ...OBJECTIVE_DEADLINES],
  consuntivo_validated: ['ApproveRelazione', ...MEASURING],
  relazione_approved: ['ValidateRelazione', 'RefuseRelazione', ...MEASURING],
  closed: [],
};

const ALLOWED_DURING_VARIATION: readonly PlanCommandType[] = [
  ...CENTRO_EDITING_COMMANDS,
  'RecordMonitoring',
  'ApproveVariation',
  ...OBJECTIVE_DEADLINES,
  ...BUDGET,
];

/** What may be asked of the plan now; a plan that does not exist yet can only be created. */
export function allowedCommands(state: Plan | undefined): PlanCommandType[] {
  if (!state) return ['CreatePlan'];
  if (state.status === 'approved' && state.openVariationId !== undefined) return [...ALLOWED_DURING_VARIATION];
  return [...ALLOWED_BY_STATUS[state.status]];
}

export function assertCommandAllowed(commandType: PlanCommandType, plan: Plan): void {
  if (!allowedCommands(plan).includes(commandType)) throw outOfOrder(commandType, plan);
}

export function outOfOrder(commandType: PlanCommandType, plan: Plan): OutOfOrderError {
  return new OutOfOrderError(commandType, describePlanState(plan, commandType), allowedCommands(plan));
}

function describePlanState(plan: Plan, commandType: PlanCommandType): string {
  if (plan.status !== 'approved') return plan.status;
  if (plan.openVariationId !== undefined) return `approved with variation ${plan.openVariationId} open`;
  if (CENTRO_EDITING_COMMANDS.includes(commandType)) {
    return 'approved: nothing in an approved plan changes except inside an open variation';
  }
  return 'approved';
}
