import type { FieldChange } from '../read-models/read-model-types';

const NOTHING: ReadonlySet<string> = new Set();

/**
 * Shallow, field-by-field difference of one thing before and after an event. Values are compared
 * by reference first (the fold shares what it did not touch) and by JSON only when that fails.
 */
export function fieldChanges(
  before: object | undefined,
  after: object | undefined,
  prefix = '',
  skip: ReadonlySet<string> = NOTHING,
): FieldChange[] {
  if (before === after) return [];
  const was = (before ?? {}) as Record<string, unknown>;
  const now = (after ?? {}) as Record<string, unknown>;
  const changes: FieldChange[] = [];
  for (const key in was) {
    if (!skip.has(key)) compare(changes, prefix, key, was[key], now[key]);
  }
  for (const key in now) {
    if (!(key in was) && !skip.has(key)) compare(changes, prefix, key, undefined, now[key]);
  }
  return changes;
}

function compare(changes: FieldChange[], prefix: string, key: string, before: unknown, after: unknown): void {
  if (before === after) return;
  if (before !== undefined && after !== undefined && JSON.stringify(before) === JSON.stringify(after)) return;
  changes.push({ field: prefix + key, before, after });
}
