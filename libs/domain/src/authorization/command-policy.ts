import { PlanCommandType } from '../commands/plan-commands';
import { Role } from '../values/actor';

/**
 * How far a role's permission for a command reaches:
 * - 'ente': any plan of the enti the person acts for;
 * - 'own_centro': only centri the person is responsabile of (and their objectives).
 */
export type PermissionScope = 'ente' | 'own_centro';

type Grants = Partial<Record<Role, PermissionScope>>;

/** The Segretario coordinates the cycle and may enter anything the responsabili would. */
const DRAFTING: Grants = { segretario: 'ente', responsabile: 'own_centro' };
/** Setting up a plan and its centri is also the IT administrator's job. */
const SETUP: Grants = { segretario: 'ente', admin: 'ente' };
const COORDINATION: Grants = { segretario: 'ente' };
/** Acts of the Giunta: only its members' tokens carry them. */
const GIUNTA: Grants = { giunta: 'ente' };
/** Acts of the Nucleo di Valutazione. */
const NUCLEO: Grants = { nucleo: 'ente' };

/**
 * Role x command: who may send each command of the cycle. A role that is not listed may not.
 * Viewers are read-only; the Giunta approves; the Nucleo validates; responsabili act on their centri.
 */
export const COMMAND_POLICY: Record<PlanCommandType, Grants> = {
  CreatePlan: SETUP,
  AddCentro: SETUP,
  DescribeService: DRAFTING,
  AddActivity: DRAFTING,
  ReviseActivity: DRAFTING,
  RemoveActivity: DRAFTING,
  DefineActivityIndicator: DRAFTING,
  RecordIndicatorValue: DRAFTING,
  RecordResources: DRAFTING,
  DraftObjective: DRAFTING,
  ReviseObjective: DRAFTING,
  WithdrawObjective: DRAFTING,
  SubmitCentro: DRAFTING,
  ReturnCentro: COORDINATION,
  ProposePlan: COORDINATION,
  ApprovePlan: GIUNTA,
  OpenVariation: { segretario: 'ente', giunta: 'ente' },
  ApproveVariation: GIUNTA,
  RecordMonitoring: DRAFTING,
  StartConsuntivo: COORDINATION,
  RecordConsuntivo: DRAFTING,
  ValidateConsuntivo: NUCLEO,
  ApproveRelazione: GIUNTA,
  ValidateRelazione: NUCLEO,
  RefuseRelazione: NUCLEO,
  RecordMilestone: DRAFTING,
  MoveDeadline: DRAFTING,
  RecordBudgetApproval: { segretario: 'ente', giunta: 'ente' },
};

/** Importing a whole plan document sets a plan up in one go. */
export const IMPORT_PLAN_POLICY: Grants = SETUP;

/** Re-planning the reminder jobs is an operation of the installation. */
export const RECONCILE_REMINDERS_POLICY: Grants = { segretario: 'ente', admin: 'ente' };

export function rolesAllowedTo(grants: Grants): Role[] {
  return Object.keys(grants) as Role[];
}
