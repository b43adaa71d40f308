import { RuleViolationError } from '../errors/domain-errors';
import { ObjectiveFields } from '../events/plan-events';
import { Objective, Plan } from '../plan/plan-state';
import { isIsoDate } from './dates';
import { findObjective } from './lookups';
import { structurallyEqual } from './structural-equal';
import { requireText } from './text-rules';

export const OBJECTIVE_FIELD_NAMES: readonly (keyof ObjectiveFields)[] = [
  'title',
  'points',
  'expectedPerformance',
  'measures',
  'indicators',
  'referenceYears',
  'deadline',
  'ownerId',
  'appliesTo',
];

/** Checks the fields that are present; a draft passes all of them, a revision only the changed ones. */
export function assertObjectiveFieldsValid(fields: Partial<ObjectiveFields>): void {
  if (fields.title !== undefined) requireText(fields.title, 'the title of an objective', 'objective_title_required');
  if (fields.points !== undefined) assertPoints(fields.points);
  if (fields.indicators !== undefined) assertHasIndicator(fields.indicators);
  if (fields.referenceYears !== undefined) assertReferenceYears(fields.referenceYears);
  if (fields.deadline !== undefined && !isIsoDate(fields.deadline)) {
    throw new RuleViolationError(`the deadline must be a YYYY-MM-DD date, got "${fields.deadline}"`, 'deadline_invalid');
  }
}

export function assertObjectiveIdUnused(plan: Plan, objectiveId: string): void {
  if (findObjective(plan, objectiveId)) {
    throw new RuleViolationError(`objective ${objectiveId} already exists`, 'objective_id_exists');
  }
}

export function assertObjectiveActive(objective: Objective): void {
  if (objective.status !== 'active') {
    throw new RuleViolationError(`objective "${objective.title}" has been withdrawn`, 'objective_not_active');
  }
}

/** Only the fields whose value actually changes: the history shows what a revision did. */
export function changedObjectiveFields(objective: Objective, changes: Partial<ObjectiveFields>): Partial<ObjectiveFields> {
  const changed: Partial<Record<keyof ObjectiveFields, unknown>> = {};
  for (const field of OBJECTIVE_FIELD_NAMES) {
    const value = changes[field];
    if (value !== undefined && !structurallyEqual(value, objective[field])) changed[field] = value;
  }
  return changed as Partial<ObjectiveFields>;
}

function assertPoints(points: number): void {
  if (!Number.isInteger(points) || points < 1 || points > 100) {
    throw new RuleViolationError(`an objective's points must be an integer from 1 to 100, got ${points}`, 'points_out_of_range');
  }
}

/** An objective nobody can measure cannot be scored at the consuntivo. */
function assertHasIndicator(indicators: ObjectiveFields['indicators']): void {
  if (indicators.length === 0) {
    throw new RuleViolationError('an objective needs at least one indicator', 'objective_needs_indicator');
  }
  indicators.forEach((indicator) =>
    requireText(indicator.description, 'the description of an objective indicator', 'indicator_description_required'),
  );
}

function assertReferenceYears(years: number[]): void {
  if (years.length === 0) {
    throw new RuleViolationError('an objective needs at least one reference year', 'reference_years_required');
  }
}
