/**
 * The comune's Sistema di Misurazione e Valutazione della Performance (SMVP) as data
 * (config/smvp-rules.json): how a validated achievement becomes points, and the limits past which
 * the Nucleo is warned. Each ente may override the default; the code only knows the vocabulary.
 */
export const SCORING_RULE_KINDS = ['proportional', 'threshold', 'bands'] as const;
export type ScoringRuleKind = (typeof SCORING_RULE_KINDS)[number];

export type ScoringRule =
  /** points x validated % / 100: the points are the maximum for full achievement (the seed's wording) */
  | { kind: 'proportional' }
  /** nothing below `minimumPct`; at or above it, proportional */
  | { kind: 'threshold'; minimumPct: number }
  /** the validated % goes down to the highest band it reaches, e.g. [0, 50, 75, 100]; below the first, 0 */
  | { kind: 'bands'; bands: number[] };

/** A day relative to the plan's year, e.g. 30 June of the year after: { month: 6, day: 30, yearOffset: 1 }. */
export interface YearDay {
  month: number;
  day: number;
  yearOffset: number;
}

export interface WarningLimits {
  /**
   * The PIAO's statutory deadline: this day of the plan year, or `afterBudgetApprovalDays` after the
   * Consiglio approved the budget when that is later (the deadline moves with a deferred budget).
   */
  approvalDeadline: { month: number; day: number; afterBudgetApprovalDays: number };
  /** objectives approved more than this many months into the plan year are flagged */
  approvalMonthsIntoYear: number;
  /** a consuntivo recorded after this day was written long after the year */
  consuntivoRecordedBy: YearDay;
}

/** The rules in force for one ente. */
export interface EnteSmvpRules {
  scoring: ScoringRule;
  warnings: WarningLimits;
  /** the act that adopted the SMVP, e.g. "Delibera di Giunta n. 12 del 30/01/2024" */
  adoptedBy?: string;
}

/** What an ente's entry in the file may override; what it leaves out comes from the default. */
export interface EnteSmvpOverride {
  scoring?: ScoringRule;
  warnings?: Partial<WarningLimits>;
  adoptedBy?: string;
}

export interface SmvpRules {
  default: EnteSmvpRules;
  /** by ente code */
  enti: Record<string, EnteSmvpOverride>;
}

/** The rules applied to a plan, and where they came from. */
export interface AppliedSmvpRules extends EnteSmvpRules {
  enteCode: string;
  /** `ente`: the file has an entry for this ente; `default`: it has none */
  origin: 'default' | 'ente';
}

export const DEFAULT_WARNING_LIMITS: WarningLimits = {
  approvalDeadline: { month: 1, day: 31, afterBudgetApprovalDays: 30 },
  approvalMonthsIntoYear: 3,
  consuntivoRecordedBy: { month: 6, day: 30, yearOffset: 1 },
};

/** Proportional scoring for every ente: what the seed says and what config/smvp-rules.json ships. */
export const DEFAULT_SMVP_RULES: SmvpRules = {
  default: { scoring: { kind: 'proportional' }, warnings: DEFAULT_WARNING_LIMITS },
  enti: {},
};

export function smvpRulesFor(rules: SmvpRules, enteCode: string): AppliedSmvpRules {
  const override = Object.prototype.hasOwnProperty.call(rules.enti, enteCode) ? rules.enti[enteCode] : undefined;
  if (!override) return { ...rules.default, enteCode, origin: 'default' };
  // the default's act adopted the default, not this ente's SMVP: it is not inherited
  return {
    enteCode,
    origin: 'ente',
    scoring: override.scoring ?? rules.default.scoring,
    warnings: { ...rules.default.warnings, ...override.warnings },
    ...(override.adoptedBy !== undefined ? { adoptedBy: override.adoptedBy } : {}),
  };
}
