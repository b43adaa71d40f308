import { InvalidStreamNameError, WrongExpectedRevisionError } from '../port';
import { ConformanceContext } from './event-store-fixture';
import { appendedPart, freshStreamName, sampleEvent, sampleEvents } from './sample-events';

export function describeAppendSemantics(ctx: ConformanceContext): void {
  describe('expected revision', () => {
    it('no_stream creates a stream at revision 0 and refuses an existing one', async () => {
      const stream = freshStreamName();
      const created = await ctx.store.append(stream, [sampleEvent()], 'no_stream');
      expect(created.nextExpectedRevision).toBe(0);

      const error = await ctx.store.append(stream, [sampleEvent()], 'no_stream').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ streamName: stream, expected: 'no_stream', actual: 0 });
    });

    it('an exact revision must equal the revision of the last event', async () => {
      const stream = freshStreamName();
      await ctx.store.append(stream, sampleEvents(2), 'no_stream');
      const next = await ctx.store.append(stream, [sampleEvent()], 1);
      expect(next.nextExpectedRevision).toBe(2);

      await expect(ctx.store.append(stream, [sampleEvent()], 1)).rejects.toMatchObject({
        name: 'WrongExpectedRevisionError',
        expected: 1,
        actual: 2,
      });
      await expect(ctx.store.append(stream, [sampleEvent()], 3)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    });

    it('an exact revision on a missing stream is a conflict with actual no_stream', async () => {
      const stream = freshStreamName();
      await expect(ctx.store.append(stream, [sampleEvent()], 0)).rejects.toMatchObject({
        name: 'WrongExpectedRevisionError',
        actual: 'no_stream',
      });
      expect(await ctx.store.readStream(stream)).toEqual([]);
    });

    it('any appends to a new or an existing stream without checking', async () => {
      const stream = freshStreamName();
      expect((await ctx.store.append(stream, [sampleEvent()], 'any')).nextExpectedRevision).toBe(0);
      expect((await ctx.store.append(stream, sampleEvents(2), 'any')).nextExpectedRevision).toBe(2);
    });

    it('a multi-event append takes consecutive revisions and increasing positions; the result names the last', async () => {
      const stream = freshStreamName();
      const start = await ctx.store.headPosition();
      const result = await ctx.store.append(stream, sampleEvents(3), 'no_stream');
      const stored = await ctx.store.readStream(stream);

      expect(stored.map((e) => e.revision)).toEqual([0, 1, 2]);
      expect(stored[0].position).toBeGreaterThan(start);
      expect(stored[1].position).toBeGreaterThan(stored[0].position);
      expect(stored[2].position).toBeGreaterThan(stored[1].position);
      expect(result).toEqual({ nextExpectedRevision: 2, position: stored[2].position });
      expect(await ctx.store.headPosition()).toBe(result.position);
    });
  });

  describe('idempotent retry', () => {
    it('a retried append of the same events returns the original result and writes nothing', async () => {
      const stream = freshStreamName();
      const events = sampleEvents(2);
      const original = await ctx.store.append(stream, events, 'no_stream');
      const later = sampleEvent('later');
      await ctx.store.append(stream, [later], original.nextExpectedRevision);

      expect(await ctx.store.append(stream, events, 'no_stream')).toEqual(original);
      expect(await ctx.store.append(stream, events, 'any')).toEqual(original);
      expect(await ctx.store.append(stream, events, original.nextExpectedRevision)).toEqual(original);
      expect((await ctx.store.readStream(stream)).map(appendedPart)).toEqual([...events, later].map(appendedPart));
    });

    it('a retry that names the current head as expected revision also gets the original result', async () => {
      const stream = freshStreamName();
      const events = sampleEvents(3);
      const original = await ctx.store.append(stream, events, 'any');
      expect(await ctx.store.append(stream, events, original.nextExpectedRevision)).toEqual(original);
      expect(await ctx.store.readStream(stream)).toHaveLength(3);
    });

    it('the same append sent twice at once is stored once and both get its result', async () => {
      const stream = freshStreamName();
      const events = sampleEvents(2);
      const [first, second] = await Promise.all([
        ctx.store.append(stream, events, 'no_stream'),
        ctx.store.append(stream, events, 'no_stream'),
      ]);
      expect(second).toEqual(first);
      expect((await ctx.store.readStream(stream)).map(appendedPart)).toEqual(events.map(appendedPart));
    });
  });

  describe('validation', () => {
    it.each(['', 'plan', '-2024', 'plan-'])('rejects the stream name %j and stores nothing', async (name) => {
      const head = await ctx.store.headPosition();
      await expect(ctx.store.append(name, [sampleEvent()], 'any')).rejects.toBeInstanceOf(InvalidStreamNameError);
      expect(await ctx.store.headPosition()).toBe(head);
    });

    it('rejects an empty event list and creates no stream', async () => {
      const stream = freshStreamName();
      await expect(ctx.store.append(stream, [], 'no_stream')).rejects.toThrow();
      expect(await ctx.store.readStream(stream)).toEqual([]);
    });
  });
}
