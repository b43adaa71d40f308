import { PlanEventType } from './plan-events';
import { DeliberaRegistryEventType } from './delibera-registry-events';
import { ReminderEventType } from './reminder-events';

/**
 * The stored type string and current schema version of every event. Stored types are these
 * literal strings, never a class name. Bump a version together with an upcaster.
 */
export const EVENT_SCHEMA_VERSIONS: Record<PlanEventType | DeliberaRegistryEventType | ReminderEventType, number> = {
  PlanCreated: 1,
  CentroAdded: 1,
  ServiceDescribed: 1,
  ActivityAdded: 1,
  ActivityRevised: 1,
  ActivityRemoved: 1,
  ActivityIndicatorDefined: 1,
  IndicatorValueRecorded: 1,
  ResourcesRecorded: 1,
  ObjectiveDrafted: 1,
  ObjectiveRevised: 1,
  ObjectiveWithdrawn: 1,
  CentroSubmitted: 1,
  CentroReturned: 1,
  PlanProposed: 1,
  PlanApproved: 1,
  VariationOpened: 1,
  VariationApproved: 1,
  MonitoringRecorded: 1,
  ConsuntivoStarted: 1,
  ConsuntivoRecorded: 1,
  ConsuntivoValidated: 1,
  RelazioneApproved: 1,
  RelazioneValidated: 1,
  RelazioneRefused: 1,
  ObjectiveMilestoneMet: 1,
  ObjectiveDeadlineMoved: 1,
  BudgetApprovalRecorded: 1,
  DeliberaRegistered: 1,
  DeliberaReleased: 1,
  ReminderSent: 1,
  ReminderFailed: 1,
};

export const PLAN_EVENT_TYPES = Object.keys(EVENT_SCHEMA_VERSIONS).filter(
  (t) => !t.startsWith('Delibera') && !t.startsWith('Reminder'),
) as PlanEventType[];
