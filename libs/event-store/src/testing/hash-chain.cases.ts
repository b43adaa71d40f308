import { randomUUID } from 'node:crypto';
import { GENESIS_HASH, storedEventHash, verifyStreamChain } from '../integrity';
import { ExpectedRevision, StoredEvent, WrongExpectedRevisionError } from '../port';
import { ConformanceContext } from './event-store-fixture';
import { freshStreamName, sampleEvent, sampleEvents } from './sample-events';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Each event is chained to the one before it in its stream; the first to the genesis hash. */
function expectChained(events: StoredEvent[]): void {
  let previous = GENESIS_HASH;
  for (const event of events) {
    expect(event.hash).toMatch(SHA256_HEX);
    expect(event.hash).toBe(storedEventHash(previous, event));
    previous = event.hash!;
  }
}

export function describeHashChain(ctx: ConformanceContext): void {
  describe('hash chain', () => {
    it('every append chains its events to the stream before it, and readAll carries the same hashes', async () => {
      const start = await ctx.store.headPosition();
      const stream = freshStreamName();
      const first = await ctx.store.append(stream, sampleEvents(2, 'first'), 'no_stream');
      await ctx.store.append(freshStreamName(), [sampleEvent('elsewhere')], 'no_stream');
      const second = await ctx.store.append(stream, [sampleEvent('second')], first.nextExpectedRevision);
      await ctx.store.append(stream, sampleEvents(3, 'third'), second.nextExpectedRevision);

      const stored = await ctx.store.readStream(stream);
      expect(stored).toHaveLength(6);
      expectChained(stored);
      expect(new Set(stored.map((event) => event.hash)).size).toBe(6);
      expect(verifyStreamChain(stored)).toEqual({ streamName: stream, events: 6, headHash: stored[5].hash, intact: true });

      const all = (await ctx.store.readAll({ after: start })).filter((event) => event.streamName === stream);
      expect(all).toEqual(stored);
      expect((await ctx.store.readStream(stream, 4)).map((event) => event.hash)).toEqual([stored[4].hash, stored[5].hash]);
    });

    it('the same content in another stream or at another revision gets another hash', async () => {
      const event = sampleEvent('twin');
      const [a, b] = [freshStreamName(), freshStreamName()];
      await ctx.store.append(a, [event], 'no_stream');
      await ctx.store.append(b, [sampleEvent('before')], 'no_stream');
      await ctx.store.append(b, [{ ...event, id: randomUUID() }], 0);
      const [inA] = await ctx.store.readStream(a);
      const [, inB] = await ctx.store.readStream(b);
      expect(inA.hash).not.toBe(inB.hash);
      expectChained(await ctx.store.readStream(b));
    });

    it('a rejected append leaves the chain as it was, and the next append chains to the last stored event', async () => {
      const stream = freshStreamName();
      await ctx.store.append(stream, sampleEvents(3), 'no_stream');
      const before = await ctx.store.readStream(stream);

      await expect(ctx.store.append(stream, sampleEvents(2, 'stale'), 0)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await expect(ctx.store.append(stream, [sampleEvent('again')], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      expect(await ctx.store.readStream(stream)).toEqual(before);

      await ctx.store.append(stream, [sampleEvent('after')], 2);
      const after = await ctx.store.readStream(stream);
      expect(after[3].hash).toBe(storedEventHash(before[2].hash!, after[3]));
      expect(verifyStreamChain(after)).toMatchObject({ intact: true, events: 4, headHash: after[3].hash });
    });

    it('concurrent appends to different streams keep every chain intact', async () => {
      const streams = Array.from({ length: 12 }, () => freshStreamName());
      await Promise.all(
        streams.map(async (stream, s) => {
          let expected: ExpectedRevision = 'no_stream';
          for (let i = 0; i < 8; i++) {
            expected = (await ctx.store.append(stream, sampleEvents(1 + ((i + s) % 3), `s${s}a${i}-`), expected)).nextExpectedRevision;
          }
        }),
      );
      for (const stream of streams) {
        const stored = await ctx.store.readStream(stream);
        expectChained(stored);
        expect(verifyStreamChain(stored)).toMatchObject({ streamName: stream, events: stored.length, intact: true });
      }
    });

    it("concurrent 'any' appends to one stream still form one chain", async () => {
      const stream = freshStreamName();
      await Promise.all(Array.from({ length: 8 }, (_, i) => ctx.store.append(stream, sampleEvents(1 + (i % 2), `any${i}-`), 'any')));
      const stored = await ctx.store.readStream(stream);
      expect(stored).toHaveLength(12);
      expect(verifyStreamChain(stored)).toMatchObject({ intact: true, events: 12 });
    });

    it('a retried append returns the original result and adds no link', async () => {
      const stream = freshStreamName();
      const events = sampleEvents(2);
      const original = await ctx.store.append(stream, events, 'no_stream');
      const before = await ctx.store.readStream(stream);
      expect(await ctx.store.append(stream, events, 'no_stream')).toEqual(original);
      expect(await ctx.store.readStream(stream)).toEqual(before);
      expect(verifyStreamChain(before).intact).toBe(true);
    });
  });
}
