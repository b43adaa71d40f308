import { Ente, Person } from '../values/actor';
import { Delibera, NucleoDocument } from '../values/delibera';
import { MeasuredValue } from '../values/measured-value';
import { CentroKind, IndicatorValueReached, ResourceKind, ResourceTable } from '../plan/plan-state';
import { ObjectiveFields } from '../events/plan-events';

/**
 * What a user asks of a plan. Ids of new things (planId, centroId, objectiveId, ...) are chosen
 * by the caller of `decide` (derived from the command id) so that `decide` stays deterministic.
 */
type Cmd<T extends string, D> = { type: T; planId: string; data: D };

export type CreatePlan = Cmd<'CreatePlan', { ente: Ente; year: number; triennio: [number, number] }>;
export type AddCentro = Cmd<
  'AddCentro',
  { centroId: string; code: string; name: string; kind: CentroKind; parentCode?: string; responsabile: Person }
>;
export type DescribeService = Cmd<'DescribeService', { centroId: string; description: string }>;
export type AddActivity = Cmd<
  'AddActivity',
  { centroId: string; activityId: string; number: number; description: string; subItems?: string[] }
>;
export type ReviseActivity = Cmd<
  'ReviseActivity',
  { centroId: string; activityId: string; number?: number; description?: string; subItems?: string[] }
>;
export type RemoveActivity = Cmd<'RemoveActivity', { centroId: string; activityId: string }>;
export type DefineActivityIndicator = Cmd<
  'DefineActivityIndicator',
  { centroId: string; indicatorId: string; area: string; description: string; activityNumber?: number }
>;
export type RecordIndicatorValue = Cmd<
  'RecordIndicatorValue',
  { centroId: string; indicatorId: string; year: number; value: MeasuredValue }
>;
export type RecordResources = Cmd<'RecordResources', { centroId: string; kind: ResourceKind; table: ResourceTable }>;
export type DraftObjective = Cmd<
  'DraftObjective',
  { centroId: string; objectiveId: string } & Omit<ObjectiveFields, 'measures'> & { measures?: string[] }
>;
export type ReviseObjective = Cmd<'ReviseObjective', { objectiveId: string; changes: Partial<ObjectiveFields> }>;
export type WithdrawObjective = Cmd<'WithdrawObjective', { objectiveId: string; reason?: string }>;
export type SubmitCentro = Cmd<'SubmitCentro', { centroId: string }>;
export type ReturnCentro = Cmd<'ReturnCentro', { centroId: string; notes: string }>;
export type ProposePlan = Cmd<'ProposePlan', Record<string, never>>;
export type ApprovePlan = Cmd<'ApprovePlan', { delibera: Delibera }>;
export type OpenVariation = Cmd<'OpenVariation', { variationId: string; reason: string }>;
export type ApproveVariation = Cmd<'ApproveVariation', { variationId: string; delibera: Delibera }>;
export type RecordMonitoring = Cmd<'RecordMonitoring', { objectiveId: string; progressPct: number; notes: string }>;
export type StartConsuntivo = Cmd<'StartConsuntivo', Record<string, never>>;
export type RecordConsuntivo = Cmd<
  'RecordConsuntivo',
  { objectiveId: string; achievementPct: number; evidence: string; indicatorValues?: IndicatorValueReached[] }
>;
export interface NucleoAdjustment {
  objectiveId: string;
  achievementPct: number;
  reason: string;
}
export type ValidateConsuntivo = Cmd<
  'ValidateConsuntivo',
  { verbale: NucleoDocument; adjustments: NucleoAdjustment[] }
>;
export type ApproveRelazione = Cmd<'ApproveRelazione', { delibera: Delibera }>;
export type ValidateRelazione = Cmd<'ValidateRelazione', { documento: NucleoDocument }>;
export type RefuseRelazione = Cmd<'RefuseRelazione', { reason: string }>;
/** The act that proves an objective's milestone was reached, e.g. the Consiglio's delibera approving the PDS. */
export type RecordMilestone = Cmd<'RecordMilestone', { objectiveId: string; act: Delibera }>;
export type MoveDeadline = Cmd<'MoveDeadline', { objectiveId: string; deadline: string; reason: string }>;
/** The Consiglio's delibera approving the budget: its date sets the PIAO deadline (budget + 30 days). */
export type RecordBudgetApproval = Cmd<'RecordBudgetApproval', { delibera: Delibera }>;

export type PlanCommand =
  | CreatePlan
  | AddCentro
  | DescribeService
  | AddActivity
  | ReviseActivity
  | RemoveActivity
  | DefineActivityIndicator
  | RecordIndicatorValue
  | RecordResources
  | DraftObjective
  | ReviseObjective
  | WithdrawObjective
  | SubmitCentro
  | ReturnCentro
  | ProposePlan
  | ApprovePlan
  | OpenVariation
  | ApproveVariation
  | RecordMonitoring
  | StartConsuntivo
  | RecordConsuntivo
  | ValidateConsuntivo
  | ApproveRelazione
  | ValidateRelazione
  | RefuseRelazione
  | RecordMilestone
  | MoveDeadline
  | RecordBudgetApproval;

export type PlanCommandType = PlanCommand['type'];

/** What `decide` is handed besides the command: the clock. */
export interface DecisionContext {
  /** ISO timestamp of the command's clock */
  now: string;
}
