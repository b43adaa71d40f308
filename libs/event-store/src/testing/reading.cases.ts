import { ConformanceContext } from './event-store-fixture';
import { appendedPart, freshStreamName, sampleEvent, sampleEvents } from './sample-events';

export function describeReading(ctx: ConformanceContext): void {
  describe('reading', () => {
    it('stored events carry exactly the port fields, JSON parsed and positions as numbers', async () => {
      const stream = freshStreamName();
      const event = sampleEvent('shape');
      const result = await ctx.store.append(stream, [event], 'no_stream');
      const [stored] = await ctx.store.readStream(stream);

      expect(Object.keys(stored).sort()).toEqual(
        ['data', 'hash', 'id', 'metadata', 'position', 'revision', 'schemaVersion', 'streamName', 'type'].sort(),
      );
      expect(stored).toEqual({ ...event, streamName: stream, revision: 0, position: result.position, hash: expect.any(String) });
      expect(typeof stored.position).toBe('number');
      expect(typeof stored.revision).toBe('number');
    });

    it('readStream starts at the given revision; a missing stream or a revision past the end gives []', async () => {
      const stream = freshStreamName();
      const events = sampleEvents(5);
      await ctx.store.append(stream, events.slice(0, 2), 'no_stream');
      await ctx.store.append(freshStreamName(), [sampleEvent('other')], 'no_stream');
      await ctx.store.append(stream, events.slice(2), 1);

      expect((await ctx.store.readStream(stream)).map(appendedPart)).toEqual(events.map(appendedPart));
      const fromThree = await ctx.store.readStream(stream, 3);
      expect(fromThree.map((e) => e.revision)).toEqual([3, 4]);
      expect(fromThree.map(appendedPart)).toEqual(events.slice(3).map(appendedPart));
      expect(await ctx.store.readStream(stream, 5)).toEqual([]);
      expect(await ctx.store.readStream(freshStreamName())).toEqual([]);
    });

    it('readAll returns every stream in global order, after a position and up to a limit', async () => {
      const start = await ctx.store.headPosition();
      const a = freshStreamName();
      const b = freshStreamName();
      const appended = [sampleEvent('a0'), sampleEvent('b0'), sampleEvent('a1'), sampleEvent('b1'), sampleEvent('a2')];
      await ctx.store.append(a, [appended[0]], 'no_stream');
      await ctx.store.append(b, [appended[1]], 'no_stream');
      await ctx.store.append(a, [appended[2]], 0);
      await ctx.store.append(b, [appended[3]], 0);
      await ctx.store.append(a, [appended[4]], 1);

      const all = await ctx.store.readAll({ after: start });
      expect(all.map(appendedPart)).toEqual(appended.map(appendedPart));
      expect(all.map((e) => e.streamName)).toEqual([a, b, a, b, a]);

      const page = await ctx.store.readAll({ after: all[1].position, limit: 2 });
      expect(page).toEqual(all.slice(2, 4));
      expect(await ctx.store.readAll({ after: all[4].position })).toEqual([]);
      expect(await ctx.store.headPosition()).toBe(all[4].position);
    });

    it('readAll without options starts from the beginning', async () => {
      await ctx.store.append(freshStreamName(), [sampleEvent()], 'no_stream');
      const everything = await ctx.store.readAll();
      expect(everything.length).toBeGreaterThan(0);
      expect(everything[0].position).toBeGreaterThanOrEqual(1);
      expect(everything[everything.length - 1].position).toBe(await ctx.store.headPosition());
    });

    it('after a restart every acknowledged event reads back unchanged', async () => {
      const start = await ctx.store.headPosition();
      const stream = freshStreamName();
      const events = sampleEvents(4, 'restart');
      await ctx.store.append(stream, events.slice(0, 3), 'no_stream');
      await ctx.store.append(stream, events.slice(3), 2);
      const before = await ctx.store.readAll({ after: start });

      ctx.store = await ctx.fixture.reopen();
      expect(await ctx.store.readAll({ after: start })).toEqual(before);
      expect((await ctx.store.readStream(stream)).map(appendedPart)).toEqual(events.map(appendedPart));
      expect((await ctx.store.append(stream, [sampleEvent()], 3)).nextExpectedRevision).toBe(4);
    });
  });
}
