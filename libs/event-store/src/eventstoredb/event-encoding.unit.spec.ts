import type { JSONEventData, RecordedEvent } from '@eventstore/db-client';
import { sampleEvent } from '../testing/sample-events';
import { decodeMetadata, encodeMetadata, fromRecordedEvent, RESERVED_METADATA_KEYS, toEventData } from './event-encoding';

/** What the client sends (JSON.stringify of data and metadata) and what a read gives back (JSON.parse). */
function throughTheServer(data: JSONEventData, at: { streamId: string; revision: bigint; position: bigint }): RecordedEvent {
  return {
    streamId: at.streamId,
    id: data.id,
    isJson: true,
    revision: at.revision,
    type: data.type,
    created: new Date('2031-01-01T00:00:00Z'),
    data: JSON.parse(JSON.stringify(data.data)),
    metadata: JSON.parse(JSON.stringify(data.metadata)),
    position: { commit: at.position, prepare: at.position },
  } as RecordedEvent;
}

describe('event encoding for EventStoreDB', () => {
  it('an event comes back exactly as appended, with its stream, revision and position', () => {
    const event = sampleEvent('encoding', { schemaVersion: 3 });
    const sent = toEventData(event) as JSONEventData;
    expect(sent).toMatchObject({ id: event.id, type: 'ObjectiveDrafted', contentType: 'application/json' });

    const stored = fromRecordedEvent(throughTheServer(sent, { streamId: 'plan-levate', revision: 4n, position: 98_765n }));
    expect(stored).toEqual({ ...event, streamName: 'plan-levate', revision: 4, position: 98_765 });
  });

  it("recordedAt is the command's clock, not the server's created time", () => {
    const event = sampleEvent('clock');
    const stored = fromRecordedEvent(
      throughTheServer(toEventData(event) as JSONEventData, { streamId: 'plan-a', revision: 0n, position: 10n }),
    );
    expect(stored.metadata.recordedAt).toBe('2024-04-09T10:00:00.000Z');
  });

  it("metadata carries the schema version and EventStoreDB's correlation keys, and decodes back to ours alone", () => {
    const event = sampleEvent('meta', { schemaVersion: 2 });
    const encoded = encodeMetadata(event);
    expect(encoded).toEqual({
      ...event.metadata,
      schemaVersion: 2,
      $correlationId: event.metadata.correlationId,
      $causationId: event.metadata.causationId,
    });
    expect(decodeMetadata(JSON.parse(JSON.stringify(encoded)), 'event')).toEqual({ schemaVersion: 2, metadata: event.metadata });
  });

  it.each(RESERVED_METADATA_KEYS)('refuses metadata that already holds the reserved key %s', (key) => {
    const event = sampleEvent();
    const clashing = { ...event, metadata: { ...event.metadata, [key]: 'x' } };
    expect(() => toEventData(clashing)).toThrow(`metadata key "${key}" is reserved`);
  });

  it('refuses an id EventStoreDB would not hand back unchanged', () => {
    for (const id of ['not-a-uuid', 'A1B2C3D4-0000-4000-8000-000000000000', '']) {
      expect(() => toEventData(sampleEvent('id', { id }))).toThrow(/not a lowercase uuid/);
    }
  });

  it('refuses to read an event Ciclo did not write', () => {
    const sent = toEventData(sampleEvent()) as JSONEventData;
    const base = throughTheServer(sent, { streamId: 'plan-a', revision: 0n, position: 10n });
    expect(() => fromRecordedEvent({ ...base, metadata: { actorId: 'x' } } as RecordedEvent)).toThrow(/no schemaVersion/);
    expect(() => fromRecordedEvent({ ...base, metadata: undefined } as RecordedEvent)).toThrow(/no JSON object/);
    expect(() => fromRecordedEvent({ ...base, isJson: false, data: new Uint8Array() } as RecordedEvent)).toThrow(/not JSON/);
  });
});
