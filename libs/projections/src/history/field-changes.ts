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
  const seen = new Set<string>();
  for (const key of [...Object.keys(was), ...Object.keys(now)]) {
    if (seen.has(key) || skip.has(key)) continue;
    seen.add(key);
    const from = was[key];
    const to = now[key];
    if (from === to || (from !== undefined && to !== undefined && JSON.stringify(from) === JSON.stringify(to))) continue;
    changes.push({ field: prefix + key, before: from, after: to });
  }
  return changes;
}
