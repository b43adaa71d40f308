export * from './smvp-rules';
export * from './parse-smvp-rules';
export * from './scoring-rule';
export * from './plan-score';
export * from './score-plan';
export * from './nucleo-warning';
export * from './nucleo-warnings';
export { approvalDeadline } from './approval-warnings';
