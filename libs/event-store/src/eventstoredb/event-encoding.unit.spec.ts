import type { JSONEventData, RecordedEvent } from '@eventstore/db-client';
import { GENESIS_HASH, storedEventHash, verifyStreamChain } from '../integrity';
import { sampleEvent } from '../testing/sample-events';
import {
  assertStorable,
  decodeMetadata,
  encodeMetadata,
  fromRecordedEvent,
  RESERVED_METADATA_KEYS,
  toEventData,
} from './event-encoding';

const HASH = 'ab'.repeat(32);

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
    const sent = toEventData(event, HASH) as JSONEventData;
    expect(sent).toMatchObject({ id: event.id, type: 'ObjectiveDrafted', contentType: 'application/json' });

    const stored = fromRecordedEvent(throughTheServer(sent, { streamId: 'plan-levate', revision: 4n, position: 98_765n }));
    expect(stored).toEqual({ ...event, streamName: 'plan-levate', revision: 4, position: 98_765, hash: HASH });
  });

  it("recordedAt is the command's clock, not the server's created time", () => {
    const event = sampleEvent('clock');
    const stored = fromRecordedEvent(
      throughTheServer(toEventData(event, HASH) as JSONEventData, { streamId: 'plan-a', revision: 0n, position: 10n }),
    );
    expect(stored.metadata.recordedAt).toBe('2024-04-09T10:00:00.000Z');
  });

  it("metadata carries the schema version, EventStoreDB's correlation keys and the chain hash, and decodes back to ours alone", () => {
    const event = sampleEvent('meta', { schemaVersion: 2 });
    const encoded = encodeMetadata(event, HASH);
    expect(encoded).toEqual({
      ...event.metadata,
      schemaVersion: 2,
      $correlationId: event.metadata.correlationId,
      $causationId: event.metadata.causationId,
      chainHash: HASH,
    });
    expect(decodeMetadata(JSON.parse(JSON.stringify(encoded)), 'event')).toEqual({ schemaVersion: 2, metadata: event.metadata, hash: HASH });
  });

  it('the decoded metadata stringifies exactly as appended, so the chain hash verifies after the round trip', () => {
    const event = sampleEvent('chain', { metadata: { ...sampleEvent().metadata, commandType: 'DraftObjective', '7': 'x' } });
    const hash = storedEventHash(GENESIS_HASH, { ...event, streamName: 'plan-levate', revision: 0, position: 1 });
    const stored = fromRecordedEvent(
      throughTheServer(toEventData(event, hash) as JSONEventData, { streamId: 'plan-levate', revision: 0n, position: 10n }),
    );
    expect(JSON.stringify(stored.metadata)).toBe(JSON.stringify(event.metadata));
    expect(verifyStreamChain([stored])).toMatchObject({ intact: true, headHash: hash });
  });

  it('an event written before the chain reads back without a hash', () => {
    const sent = toEventData(sampleEvent('old'), HASH) as JSONEventData;
    const { chainHash: _dropped, ...oldMetadata } = sent.metadata as Record<string, unknown>;
    const stored = fromRecordedEvent(
      throughTheServer({ ...sent, metadata: oldMetadata } as JSONEventData, { streamId: 'plan-a', revision: 0n, position: 10n }),
    );
    expect(stored).not.toHaveProperty('hash');
  });

  it.each(RESERVED_METADATA_KEYS)('refuses metadata that already holds the reserved key %s', (key) => {
    const event = sampleEvent();
    const clashing = { ...event, metadata: { ...event.metadata, [key]: 'x' } };
    expect(() => assertStorable(clashing)).toThrow(`metadata key "${key}" is reserved`);
    expect(() => toEventData(clashing, HASH)).toThrow(`metadata key "${key}" is reserved`);
  });

  it('refuses an id EventStoreDB would not hand back unchanged', () => {
    for (const id of ['not-a-uuid', 'A1B2C3D4-0000-4000-8000-000000000000', '']) {
      expect(() => assertStorable(sampleEvent('id', { id }))).toThrow(/not a lowercase uuid/);
      expect(() => toEventData(sampleEvent('id', { id }), HASH)).toThrow(/not a lowercase uuid/);
    }
  });

  it('refuses to read an event Ciclo did not write', () => {
    const sent = toEventData(sampleEvent(), HASH) as JSONEventData;
    const base = throughTheServer(sent, { streamId: 'plan-a', revision: 0n, position: 10n });
    expect(() => fromRecordedEvent({ ...base, metadata: { actorId: 'x' } } as RecordedEvent)).toThrow(/no schemaVersion/);
    expect(() => fromRecordedEvent({ ...base, metadata: undefined } as RecordedEvent)).toThrow(/no JSON object/);
    expect(() => fromRecordedEvent({ ...base, isJson: false, data: new Uint8Array() } as RecordedEvent)).toThrow(/not JSON/);
  });
});
