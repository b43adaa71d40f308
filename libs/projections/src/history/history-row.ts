import type { Delibera } from '@ciclo/domain';
import type { FieldChange, HistoryEntry } from '../read-models/read-model-types';

/** A plan_history row as selected by the read model. */
export interface HistoryRow {
  position: number;
  centro_id: string | null;
  objective_id: string | null;
  event_type: string;
  recorded_at: string;
  entry: string;
}

/**
 * The `entry` column: what has no column of its own, under one-letter keys, the correlation id
 * only when it is not the command id. A rebuild writes a million of these: a third fewer bytes to
 * serialize, store and copy.
 */
interface StoredEntry {
  /** revision */
  r: number;
  /** commandId */
  c: string;
  /** correlationId, when not the commandId */
  o?: string;
  /** actor id and role */
  a: [string, string];
  x: StoredChange[];
  /** commandType */
  t?: string;
  d?: Delibera;
  /** variationId */
  v?: string;
}

/** field, before and after: a side the change has not (e.g. no before for a new thing) is left out */
interface StoredChange {
  f: string;
  b?: unknown;
  a?: unknown;
}

/** The row's values for (position, plan_id, centro_id, objective_id, event_type, recorded_at, entry). */
export function historyRowValues(planId: string, entry: HistoryEntry): unknown[] {
  const stored: StoredEntry = {
    r: entry.revision,
    c: entry.commandId,
    a: [entry.actor.id, entry.actor.role],
    x: entry.changes.map(storedChange),
  };
  if (entry.correlationId !== entry.commandId) stored.o = entry.correlationId;
  if (entry.commandType !== undefined) stored.t = entry.commandType;
  if (entry.delibera !== undefined) stored.d = entry.delibera;
  if (entry.variationId !== undefined) stored.v = entry.variationId;
  const { position, eventType, recordedAt, centroId, objectiveId } = entry;
  return [position, planId, centroId ?? null, objectiveId ?? null, eventType, recordedAt, JSON.stringify(stored)];
}

export function historyEntryOf(row: HistoryRow): HistoryEntry {
  const stored = JSON.parse(row.entry) as StoredEntry;
  const entry: HistoryEntry = {
    position: row.position,
    eventType: row.event_type,
    recordedAt: row.recorded_at,
    ...(row.centro_id !== null ? { centroId: row.centro_id } : {}),
    ...(row.objective_id !== null ? { objectiveId: row.objective_id } : {}),
    revision: stored.r,
    commandId: stored.c,
    correlationId: stored.o ?? stored.c,
    actor: { id: stored.a[0], role: stored.a[1] },
    changes: stored.x.map(fieldChange),
  };
  if (stored.t !== undefined) entry.commandType = stored.t;
  if (stored.d !== undefined) entry.delibera = stored.d;
  if (stored.v !== undefined) entry.variationId = stored.v;
  return entry;
}

function storedChange({ field, before, after }: FieldChange): StoredChange {
  const change: StoredChange = { f: field };
  if (before !== undefined) change.b = before;
  if (after !== undefined) change.a = after;
  return change;
}

function fieldChange(change: StoredChange): FieldChange {
  return {
    field: change.f,
    ...('b' in change ? { before: change.b } : {}),
    ...('a' in change ? { after: change.a } : {}),
  } as FieldChange;
}
