/**
 * What the Corte dei conti has censured in comuni's performance cycles, flagged for the Nucleo
 * di Valutazione in the plan view and in the audit dossier.
 */
export type NucleoWarningCode =
  /** the plan (and so its objectives) approved after the PIAO's statutory deadline */
  | 'approved_after_deadline'
  /** objectives assigned months into the year they measure */
  | 'approved_months_into_year'
  /** no indicator with a target: the achievement cannot be measured */
  | 'objective_without_target'
  /** the consuntivo written long after the year */
  | 'consuntivo_recorded_late'
  /** every objective, or every centro, at the maximum: bonuses not differentiated */
  | 'no_differentiation';

/** `high`: what the Corte treats as a loss to the public purse or a breach of a statutory term. */
export type NucleoWarningSeverity = 'high' | 'medium';

export type WarningFact = string | number | boolean | null;

export interface NucleoWarning {
  code: NucleoWarningCode;
  severity: NucleoWarningSeverity;
  /** Italian, ready for the Nucleo's verbale */
  message: string;
  objectiveId?: string;
  centroId?: string;
  /** the dates and numbers behind the message */
  facts: Record<string, WarningFact>;
}
