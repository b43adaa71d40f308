import { Objective, ResourceKind, ResourceTable } from '../plan/plan-state';
import { MeasuredValue } from '../values/measured-value';
import { PlanDocumentObjective } from './plan-document';

/** Resource tables are written and read in this order, so an export lists them as the import did. */
export const RESOURCE_KINDS_IN_DOCUMENT_ORDER: readonly ResourceKind[] = ['strumentali', 'umane'];

/**
 * Drops the keys whose value is undefined: a document leaves an absent field out, and a round
 * trip compares documents key by key.
 */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function copyMeasuredValue(value: MeasuredValue): MeasuredValue {
  return { ...value };
}

export function copyResourceTable(table: ResourceTable): ResourceTable {
  return {
    columns: table.columns.map((column) => withoutUndefined({ ...column })),
    rows: table.rows.map((row) => ({ category: row.category, values: row.values.map(copyMeasuredValue) })),
  };
}

/** An objective's own fields, as the document holds them, without its id, status or records. */
export function objectiveToDocument(objective: Objective): PlanDocumentObjective {
  return withoutUndefined({
    title: objective.title,
    points: objective.points,
    expectedPerformance: objective.expectedPerformance,
    measures: [...objective.measures],
    indicators: objective.indicators.map((indicator) => withoutUndefined({ ...indicator })),
    referenceYears: [...objective.referenceYears],
    deadline: objective.deadline,
    ownerId: objective.ownerId,
    appliesTo: objective.appliesTo,
  });
}
