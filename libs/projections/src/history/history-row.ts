import type { HistoryEntry } from '../read-models/read-model-types';

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
 * The row's values for (position, plan_id, centro_id, objective_id, event_type, recorded_at, entry).
 * What has a column of its own is not repeated in `entry`: a rebuild writes a million of these.
 */
export function historyRowValues(planId: string, entry: HistoryEntry): unknown[] {
  const { position, eventType, recordedAt, centroId, objectiveId, ...rest } = entry;
  return [position, planId, centroId ?? null, objectiveId ?? null, eventType, recordedAt, JSON.stringify(rest)];
}

export function historyEntryOf(row: HistoryRow): HistoryEntry {
  const rest = JSON.parse(row.entry) as Omit<HistoryEntry, 'position' | 'eventType' | 'recordedAt'>;
  return {
    position: row.position,
    eventType: row.event_type,
    recordedAt: row.recorded_at,
    ...(row.centro_id !== null ? { centroId: row.centro_id } : {}),
    ...(row.objective_id !== null ? { objectiveId: row.objective_id } : {}),
    ...rest,
  };
}
