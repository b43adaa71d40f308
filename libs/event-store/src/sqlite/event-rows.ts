import { StoredEvent } from '../port';

/** An events row as selected by SELECT_EVENT_COLUMNS. */
export interface EventRow {
  position: number;
  event_id: string;
  stream_name: string;
  revision: number;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
  hash: string | null;
}

export const SELECT_EVENT_COLUMNS =
  'SELECT position, event_id, stream_name, revision, type, schema_version, data, metadata, hash FROM events';

export function toStoredEvent(row: EventRow): StoredEvent {
  const event: StoredEvent = {
    id: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
    streamName: row.stream_name,
    revision: row.revision,
    position: row.position,
  };
  if (row.hash !== null) event.hash = row.hash;
  return event;
}
