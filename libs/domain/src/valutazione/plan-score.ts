import { CentroKind, PlanStatus } from '../plan/plan-state';
import { NucleoDocument } from '../values/delibera';
import { ScoringRule } from './smvp-rules';

/**
 * The score of a plan under its ente's SMVP, with every number traceable: which consuntivo,
 * which adjustment of the Nucleo and why, which rule. Points are rounded to the cent.
 */
export type ObjectiveScoreStatus = 'awaiting_consuntivo' | 'awaiting_validation' | 'validated';

export interface ObjectiveScore {
  objectiveId: string;
  centroId: string;
  title: string;
  /** the maximum, earned by full achievement */
  points: number;
  status: ObjectiveScoreStatus;
  /** the status in Italian, e.g. "non ancora validato dal Nucleo" */
  statusLabel: string;
  /** what the responsabile recorded */
  consuntivo?: { achievementPct: number; evidence: string; recordedAt: string; actorId: string };
  /** what the Nucleo validated, and its reason when it changed the recorded achievement */
  validation?: {
    recordedPct: number;
    validatedPct: number;
    adjusted: boolean;
    adjustmentReason?: string;
    verbale?: NucleoDocument;
    validatedAt?: string;
  };
  /** the rule applied and, once validated, what it made of the validated achievement */
  rule: { kind: ScoringRule['kind']; description: string; outcome?: string };
  /** the share of the points the rule lets count; null until validated */
  effectivePct: number | null;
  /** points x effective % / 100, to the cent; null until validated */
  pointsAwarded: number | null;
  /** e.g. "55 punti × 75% = 41,25 punti" */
  calculation?: string;
}

export interface ScoreTotals {
  /** sum of the points awarded so far */
  awarded: number;
  /** sum of the points: what full achievement of every objective would award */
  maximum: number;
  /** awarded / maximum, as a percentage to the cent; null without points */
  pct: number | null;
  objectives: number;
  validatedObjectives: number;
}

export interface CentroScore extends ScoreTotals {
  centroId: string;
  code: string;
  name: string;
  kind: CentroKind;
  parentCode?: string;
  responsabile: { id: string; name: string };
  /** the settore the centro belongs to (the code of its centro di responsabilità) */
  settoreCode: string;
  objectiveScores: ObjectiveScore[];
}

/** A centro di responsabilità together with its centri di attività. */
export interface SettoreScore extends ScoreTotals {
  code: string;
  name: string;
  centroId: string;
  /** codes of every centro in the settore, itself first */
  centri: string[];
}

export interface PlanScore extends ScoreTotals {
  planId: string;
  ente: { code: string; name: string };
  year: number;
  planStatus: PlanStatus;
  /** every objective validated: the numbers are final */
  complete: boolean;
  rules: {
    enteCode: string;
    origin: 'default' | 'ente';
    scoring: ScoringRule;
    description: string;
    adoptedBy?: string;
  };
  settori: SettoreScore[];
  /** centri with objectives (a settore holding only servizi carries no points) */
  centri: CentroScore[];
}
