import { StoredEvent } from '../port';
import { sampleEvents } from '../testing/sample-events';
import { chainedHashes, GENESIS_HASH, storedEventHash } from './event-hash';
import { verifyStreamChain } from './verify-stream-chain';

const STREAM = 'plan-levate';

/** A well-chained stream of `count` events, as an adapter would read it back. */
function chainedStream(count: number): StoredEvent[] {
  const events = sampleEvents(count, 'verify');
  const hashes = chainedHashes(STREAM, 0, GENESIS_HASH, events);
  return events.map((event, revision) => ({ ...event, streamName: STREAM, revision, position: 100 + 2 * revision, hash: hashes[revision] }));
}

describe('verifyStreamChain', () => {
  it('an empty stream is intact, with no head hash', () => {
    expect(verifyStreamChain([], 'reminders-x')).toEqual({ streamName: 'reminders-x', events: 0, headHash: null, intact: true });
  });

  it('a well-chained stream is intact and its head hash is the last event’s', () => {
    const stream = chainedStream(5);
    expect(verifyStreamChain(stream)).toEqual({ streamName: STREAM, events: 5, headHash: stream[4].hash, intact: true });
  });

  it('names the first event whose content changed, with its stored and expected hash', () => {
    const stream = chainedStream(5);
    stream[2] = { ...stream[2], data: { ...(stream[2].data as object), points: 99 } };
    stream[3] = { ...stream[3], type: 'ObjectiveWithdrawn' };
    const result = verifyStreamChain(stream);
    expect(result).toEqual({
      streamName: STREAM,
      events: 5,
      headHash: stream[4].hash,
      intact: false,
      firstBrokenLink: {
        revision: 2,
        position: 104,
        eventId: stream[2].id,
        type: 'ObjectiveDrafted',
        storedHash: stream[2].hash,
        expectedHash: storedEventHash(stream[1].hash!, stream[2]),
        reason: 'content_changed',
      },
    });
    expect(result.firstBrokenLink!.expectedHash).not.toBe(stream[2].hash);
  });

  it('metadata counts as content: a changed actor breaks the link', () => {
    const stream = chainedStream(3);
    stream[1] = { ...stream[1], metadata: { ...stream[1].metadata, actorRole: 'nucleo' } };
    expect(verifyStreamChain(stream).firstBrokenLink).toMatchObject({ revision: 1, reason: 'content_changed' });
  });

  it('an event re-hashed after an edit passes itself and breaks the link of the next one', () => {
    const stream = chainedStream(4);
    stream[1] = { ...stream[1], metadata: { ...stream[1].metadata, actorId: 'forger' } };
    stream[1].hash = storedEventHash(stream[0].hash!, stream[1]);
    expect(verifyStreamChain(stream).firstBrokenLink).toMatchObject({ revision: 2, reason: 'content_changed' });
  });

  it('an unchanged event chained to another predecessor (the genesis, an older event) is a broken chain link', () => {
    const restarted = chainedStream(4);
    restarted[2].hash = storedEventHash(GENESIS_HASH, restarted[2]);
    expect(verifyStreamChain(restarted).firstBrokenLink).toMatchObject({ revision: 2, reason: 'chain_link_broken' });

    const skipping = chainedStream(4);
    skipping[3].hash = storedEventHash(skipping[1].hash!, skipping[3]);
    expect(verifyStreamChain(skipping).firstBrokenLink).toMatchObject({ revision: 3, reason: 'chain_link_broken' });
  });

  it('an event without a hash is reported missing, the head hash null when it is the last', () => {
    const stream = chainedStream(3);
    delete stream[2].hash;
    expect(verifyStreamChain(stream)).toMatchObject({
      headHash: null,
      intact: false,
      firstBrokenLink: { revision: 2, storedHash: null, expectedHash: storedEventHash(stream[1].hash!, stream[2]), reason: 'hash_missing' },
    });
  });

  it('a missing revision is a gap, at the stream start too', () => {
    const stream = chainedStream(5);
    expect(verifyStreamChain([...stream.slice(0, 2), ...stream.slice(3)]).firstBrokenLink).toMatchObject({
      revision: 3,
      position: 106,
      reason: 'revision_gap',
    });
    expect(verifyStreamChain(stream.slice(1)).firstBrokenLink).toMatchObject({ revision: 1, reason: 'revision_gap' });
  });

  it('refuses events of another stream: that is a caller bug, not a broken chain', () => {
    const stream = chainedStream(2);
    stream[1] = { ...stream[1], streamName: 'plan-other' };
    expect(() => verifyStreamChain(stream)).toThrow(RangeError);
  });
});
