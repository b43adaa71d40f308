import type { SmvpRules } from '@ciclo/domain';

/** The SMVP rules loaded once at start from SMVP_RULES_PATH (config/smvp-rules.json by default). */
export const SMVP_RULES = Symbol('SMVP_RULES');

export interface LoadedSmvpRules {
  rules: SmvpRules;
  /** the file they came from, as SMVP_RULES_PATH names it (relative to the working directory): the score names it */
  file: string;
}
