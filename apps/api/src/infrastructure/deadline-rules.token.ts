/** The DeadlineRules loaded from DEADLINE_RULES_PATH (config/deadline-rules.json by default). */
export const DEADLINE_RULES = Symbol('DEADLINE_RULES');
