import { Ente, Person } from '../values/actor';
import { Delibera, NucleoDocument } from '../values/delibera';
import { MeasuredValue } from '../values/measured-value';
import {
  CentroKind,
  IndicatorValueReached,
  ObjectiveIndicator,
  ResourceKind,
  ResourceTable,
} from '../plan/plan-state';

/**
 * Every fact the cycle records, named in the past tense. The `type` strings are stored as they
 * are: renaming a type here without an upcaster would orphan the events already written.
 */
/** Events whose only field is the planId. */
type NoFields = { [K in never]: never };
type Ev<T extends string, D> = { type: T; data: D & { planId: string } };

export interface ObjectiveFields {
  title: string;
  points: number;
  expectedPerformance: string;
  measures: string[];
  indicators: ObjectiveIndicator[];
  referenceYears: number[];
  deadline?: string;
  ownerId?: string;
  appliesTo?: string;
}

export type PlanCreated = Ev<'PlanCreated', { ente: Ente; year: number; triennio: [number, number] }>;
export type CentroAdded = Ev<
  'CentroAdded',
  { centroId: string; code: string; name: string; kind: CentroKind; parentCode?: string; responsabile: Person }
>;
export type ServiceDescribed = Ev<'ServiceDescribed', { centroId: string; description: string }>;
export type ActivityAdded = Ev<
  'ActivityAdded',
  { centroId: string; activityId: string; number: number; description: string; subItems: string[] }
>;
export type ActivityRevised = Ev<
  'ActivityRevised',
  { centroId: string; activityId: string; number: number; description: string; subItems: string[] }
>;
export type ActivityRemoved = Ev<'ActivityRemoved', { centroId: string; activityId: string }>;
export type ActivityIndicatorDefined = Ev<
  'ActivityIndicatorDefined',
  { centroId: string; indicatorId: string; area: string; description: string; activityNumber?: number }
>;
export type IndicatorValueRecorded = Ev<
  'IndicatorValueRecorded',
  { centroId: string; indicatorId: string; year: number; value: MeasuredValue }
>;
export type ResourcesRecorded = Ev<'ResourcesRecorded', { centroId: string; kind: ResourceKind; table: ResourceTable }>;
export type ObjectiveDrafted = Ev<'ObjectiveDrafted', { centroId: string; objectiveId: string } & ObjectiveFields>;
/** `changes` holds only the fields that changed, with their new values. */
export type ObjectiveRevised = Ev<
  'ObjectiveRevised',
  { centroId: string; objectiveId: string; changes: Partial<ObjectiveFields> }
>;
export type ObjectiveWithdrawn = Ev<'ObjectiveWithdrawn', { centroId: string; objectiveId: string; reason?: string }>;
export type CentroSubmitted = Ev<'CentroSubmitted', { centroId: string; totalPoints: number }>;
export type CentroReturned = Ev<'CentroReturned', { centroId: string; notes: string }>;
export type PlanProposed = Ev<'PlanProposed', NoFields>;
export type PlanApproved = Ev<'PlanApproved', { delibera: Delibera }>;
export type VariationOpened = Ev<'VariationOpened', { variationId: string; reason: string }>;
export type VariationApproved = Ev<'VariationApproved', { variationId: string; delibera: Delibera }>;
export type MonitoringRecorded = Ev<
  'MonitoringRecorded',
  { centroId: string; objectiveId: string; progressPct: number; notes: string }
>;
export type ConsuntivoStarted = Ev<'ConsuntivoStarted', NoFields>;
export type ConsuntivoRecorded = Ev<
  'ConsuntivoRecorded',
  {
    centroId: string;
    objectiveId: string;
    achievementPct: number;
    evidence: string;
    indicatorValues: IndicatorValueReached[];
  }
>;
export interface ValidationResult {
  objectiveId: string;
  centroId: string;
  recordedPct: number;
  validatedPct: number;
  /** required when validatedPct differs from recordedPct */
  reason?: string;
}
export type ConsuntivoValidated = Ev<'ConsuntivoValidated', { verbale: NucleoDocument; results: ValidationResult[] }>;
export type RelazioneApproved = Ev<'RelazioneApproved', { delibera: Delibera }>;
export type RelazioneValidated = Ev<'RelazioneValidated', { documento: NucleoDocument }>;
export type RelazioneRefused = Ev<'RelazioneRefused', { reason: string }>;
export type ObjectiveMilestoneMet = Ev<'ObjectiveMilestoneMet', { centroId: string; objectiveId: string; act: Delibera }>;
export type ObjectiveDeadlineMoved = Ev<
  'ObjectiveDeadlineMoved',
  { centroId: string; objectiveId: string; deadline: string; previousDeadline: string; reason: string }
>;
export type BudgetApprovalRecorded = Ev<'BudgetApprovalRecorded', { delibera: Delibera }>;

export type PlanEvent =
  | PlanCreated
  | CentroAdded
  | ServiceDescribed
  | ActivityAdded
  | ActivityRevised
  | ActivityRemoved
  | ActivityIndicatorDefined
  | IndicatorValueRecorded
  | ResourcesRecorded
  | ObjectiveDrafted
  | ObjectiveRevised
  | ObjectiveWithdrawn
  | CentroSubmitted
  | CentroReturned
  | PlanProposed
  | PlanApproved
  | VariationOpened
  | VariationApproved
  | MonitoringRecorded
  | ConsuntivoStarted
  | ConsuntivoRecorded
  | ConsuntivoValidated
  | RelazioneApproved
  | RelazioneValidated
  | RelazioneRefused
  | ObjectiveMilestoneMet
  | ObjectiveDeadlineMoved
  | BudgetApprovalRecorded;

export type PlanEventType = PlanEvent['type'];
