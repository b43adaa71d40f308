import { AppendResult, EventToAppend, StoredEvent } from '../port';

/**
 * As in the SQLite adapter: an append whose events are all stored already, in this stream,
 * consecutively and in this order, is a retry of an acknowledged append and gets that append's
 * result back instead of an error or a second copy. `stored` is a run of the stream's events in
 * revision order (its tail, or all of it).
 */
export function originalResultOfRetry(stored: readonly StoredEvent[], events: readonly EventToAppend[]): AppendResult | undefined {
  if (events.length === 0) return undefined;
  const start = stored.findIndex((event) => event.id === events[0].id);
  if (start < 0) return undefined;
  const run = stored.slice(start, start + events.length);
  if (run.length !== events.length || run.some((event, i) => event.id !== events[i].id)) return undefined;
  const last = run[run.length - 1];
  return { nextExpectedRevision: last.revision, position: last.position };
}
