import { createHash } from 'node:crypto';
import { StoredEvent } from '../port';
import { sampleEvent } from '../testing/sample-events';
import { chainedHashes, GENESIS_HASH, hashEventContent, HashedContent, storedEventHash } from './event-hash';

const CONTENT: HashedContent = {
  streamName: 'plan-levate',
  revision: 3,
  id: '6f1c2a4e-0000-4000-8000-000000000001',
  type: 'ObjectiveDrafted',
  schemaVersion: 1,
  dataJson: '{"title":"Pagamenti entro 30 giorni","points":30}',
  metadataJson: '{"actorId":"roberto.togni","actorRole":"responsabile"}',
};

/** As the writer stores it: data and metadata as JSON text. */
function asStored(event: ReturnType<typeof sampleEvent>, streamName: string, revision: number): StoredEvent {
  const text = { data: JSON.stringify(event.data), metadata: JSON.stringify(event.metadata) };
  return { ...event, data: JSON.parse(text.data), metadata: JSON.parse(text.metadata), streamName, revision, position: 1 };
}

describe('event hash', () => {
  it('the genesis is 64 zeros, and a hash is a sha256 in lowercase hex', () => {
    expect(GENESIS_HASH).toBe('0'.repeat(64));
    const hash = hashEventContent(GENESIS_HASH, CONTENT);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEventContent(GENESIS_HASH, { ...CONTENT })).toBe(hash);
  });

  it('is the sha256 of one JSON array: previous hash, stream, revision, id, type, schema version, data, metadata', () => {
    const frame = JSON.stringify([
      GENESIS_HASH,
      CONTENT.streamName,
      CONTENT.revision,
      CONTENT.id,
      CONTENT.type,
      CONTENT.schemaVersion,
      JSON.parse(CONTENT.dataJson),
      JSON.parse(CONTENT.metadataJson),
    ]);
    expect(hashEventContent(GENESIS_HASH, CONTENT)).toBe(createHash('sha256').update(frame).digest('hex'));
  });

  it.each<[string, Partial<HashedContent>]>([
    ['stream', { streamName: 'plan-osio' }],
    ['revision', { revision: 4 }],
    ['id', { id: '6f1c2a4e-0000-4000-8000-000000000002' }],
    ['type', { type: 'ObjectiveRevised' }],
    ['schema version', { schemaVersion: 2 }],
    ['data', { dataJson: '{"title":"Pagamenti entro 30 giorni","points":31}' }],
    ['metadata', { metadataJson: '{"actorId":"someone.else","actorRole":"responsabile"}' }],
  ])('changes when the %s changes', (_, change) => {
    expect(hashEventContent(GENESIS_HASH, { ...CONTENT, ...change })).not.toBe(hashEventContent(GENESIS_HASH, CONTENT));
  });

  it('changes with the previous hash, and the framing keeps field boundaries apart', () => {
    const previous = hashEventContent(GENESIS_HASH, CONTENT);
    expect(hashEventContent(previous, CONTENT)).not.toBe(hashEventContent(GENESIS_HASH, CONTENT));
    expect(hashEventContent(GENESIS_HASH, { ...CONTENT, streamName: 'plan-a', id: 'bc' })).not.toBe(
      hashEventContent(GENESIS_HASH, { ...CONTENT, streamName: 'plan-ab', id: 'c' }),
    );
    expect(hashEventContent(GENESIS_HASH, { ...CONTENT, dataJson: '"a"', metadataJson: '["b"]' })).not.toBe(
      hashEventContent(GENESIS_HASH, { ...CONTENT, dataJson: '["a"', metadataJson: '"b"]' }),
    );
  });

  it('an event read back (JSON parsed) hashes as the writer hashed its JSON text, awkward values included', () => {
    const event = sampleEvent('awkward', {
      data: {
        '10': 'integer-like keys come first',
        b: [1e21, -0, 0.1 + 0.2, null, true],
        when: new Date('2024-04-09T10:00:00Z'),
        text: 'Città — € 319.680,10 \u0000 \ud800 "quoted" \\ \n',
        nested: { z: 1, a: { y: [], x: {} } },
      },
    });
    const written = hashEventContent(GENESIS_HASH, {
      streamName: 'plan-levate',
      revision: 0,
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      dataJson: JSON.stringify(event.data),
      metadataJson: JSON.stringify(event.metadata),
    });
    expect(storedEventHash(GENESIS_HASH, asStored(event, 'plan-levate', 0))).toBe(written);
  });

  it('chainedHashes chains each event to the one before it, the first to the given hash', () => {
    const events = [sampleEvent('a'), sampleEvent('b'), sampleEvent('c')];
    const previous = hashEventContent(GENESIS_HASH, CONTENT);
    const hashes = chainedHashes('plan-levate', 4, previous, events);
    expect(hashes).toHaveLength(3);
    expect(hashes[0]).toBe(storedEventHash(previous, asStored(events[0], 'plan-levate', 4)));
    expect(hashes[1]).toBe(storedEventHash(hashes[0], asStored(events[1], 'plan-levate', 5)));
    expect(hashes[2]).toBe(storedEventHash(hashes[1], asStored(events[2], 'plan-levate', 6)));
    expect(chainedHashes('plan-levate', 0, GENESIS_HASH, [])).toEqual([]);
  });
});
