import { RuleViolationError } from '../errors/domain-errors';

/** Required text must hold something besides blanks. */
export function requireText(value: string | undefined, what: string, rule: string): void {
  if (typeof value !== 'string' || value.trim() === '') throw new RuleViolationError(`${what} must not be empty`, rule);
}

export function assertPercentage(value: number, what: string, rule: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new RuleViolationError(`${what} must be between 0 and 100, got ${value}`, rule);
  }
}

export function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}
