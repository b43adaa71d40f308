import {
  CentroStatus,
  ConsuntivoEntry,
  MonitoringEntry,
  Objective,
  Plan,
  PlanStatus,
  ValidatedAchievement,
  Variation,
} from '../plan/plan-state';
import type { PlanDocumentObjective } from './plan-document';

/**
 * What happened to an imported plan: ids, statuses and the records of the cycle. It rides along
 * an exported document so that the document's own fields stay those a comune writes by hand.
 */
export interface PlanLifecycle {
  planId: string;
  status: PlanStatus;
  /** revision of the plan's stream the export was taken from */
  revision: number;
  approval?: NonNullable<Plan['approval']>;
  variations: Variation[];
  openVariationId?: string;
  consuntivoValidation?: NonNullable<Plan['consuntivoValidation']>;
  relazione?: NonNullable<Plan['relazione']>;
  budgetApproval?: NonNullable<Plan['budgetApproval']>;
  /** one per document centro, same order */
  centri: PlanLifecycleCentro[];
  /** every objective the plan ever had, active and withdrawn, centro by centro in drafting order */
  objectives: PlanLifecycleObjective[];
}

export interface PlanLifecycleCentro {
  code: string;
  centroId: string;
  status: CentroStatus;
  returnNotes?: string;
}

interface PlanLifecycleObjectiveRecords {
  centroCode: string;
  objectiveId: string;
  monitoring: MonitoringEntry[];
  consuntivo?: ConsuntivoEntry;
  validated?: ValidatedAchievement;
  pointsAwarded?: number;
  milestone?: NonNullable<Objective['milestone']>;
}

/** An active objective points at its place in the document: `centri[code].objectives[index]`. */
export interface ActiveObjectiveLifecycle extends PlanLifecycleObjectiveRecords {
  status: 'active';
  index: number;
}

/** A withdrawn objective is not in `centri[].objectives`, so its fields travel here. */
export interface WithdrawnObjectiveLifecycle extends PlanLifecycleObjectiveRecords {
  status: 'withdrawn';
  objective: PlanDocumentObjective;
}

export type PlanLifecycleObjective = ActiveObjectiveLifecycle | WithdrawnObjectiveLifecycle;
