import { decodeEvent } from '@ciclo/domain';
import type { StoredEvent } from '@ciclo/event-store';
import type { DecodedEvent } from './projection';

/** Upcasts a stored event to the current schema of its type. */
export function decodeStoredEvent(event: StoredEvent): DecodedEvent {
  const { type, data } = decodeEvent(event.type, event.schemaVersion, event.data);
  // already current (the usual case): no copy, a rebuild decodes a million of them
  if (type === event.type && data === event.data) return event;
  return {
    id: event.id,
    streamName: event.streamName,
    revision: event.revision,
    position: event.position,
    type,
    data,
    metadata: event.metadata,
  };
}
