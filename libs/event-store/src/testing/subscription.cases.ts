import { StoredEvent } from '../port';
import { expectStrictlyIncreasing } from './concurrency.cases';
import { ConformanceContext } from './event-store-fixture';
import { delay, freshStreamName, sampleEvent, sampleEvents } from './sample-events';

export function describeSubscription(ctx: ConformanceContext): void {
  describe('catch-up subscription', () => {
    it('catches up, then follows, handing every event once, in order, one batch at a time', async () => {
      const start = await ctx.store.headPosition();
      const stream = freshStreamName();
      await ctx.store.append(stream, sampleEvents(3), 'no_stream');
      const past = await ctx.store.append(freshStreamName(), sampleEvents(2), 'no_stream');

      const batches: StoredEvent[][] = [];
      let inHandler = 0;
      let mostAtOnce = 0;
      const subscription = ctx.store.subscribeToAll({ after: start, batchSize: 2 }, async (events) => {
        inHandler += 1;
        mostAtOnce = Math.max(mostAtOnce, inHandler);
        await delay(3);
        batches.push(events);
        inHandler -= 1;
      });
      await subscription.waitFor(past.position);

      let expected: number = 2;
      for (let i = 0; i < 4; i++) {
        expected = (await ctx.store.append(stream, [sampleEvent(`live${i}`)], expected)).nextExpectedRevision;
      }
      const last = await ctx.store.append(freshStreamName(), sampleEvents(3), 'no_stream');
      await subscription.waitFor(last.position);
      await subscription.stop();

      const handed = batches.flat().filter((e) => e.position > start);
      expect(handed).toEqual(await ctx.store.readAll({ after: start }));
      expect(handed).toHaveLength(12);
      expectStrictlyIncreasing(handed.map((e) => e.position));
      expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(2);
      expect(mostAtOnce).toBe(1);
    });

    it('starts after the given checkpoint', async () => {
      const first = await ctx.store.append(freshStreamName(), sampleEvents(2), 'no_stream');
      const second = await ctx.store.append(freshStreamName(), sampleEvents(2), 'no_stream');
      const seen: StoredEvent[] = [];
      const subscription = ctx.store.subscribeToAll({ after: first.position }, (events) => {
        seen.push(...events);
      });
      await subscription.waitFor(second.position);
      await subscription.stop();
      expect(seen.map((e) => e.position)).toEqual((await ctx.store.readAll({ after: first.position })).map((e) => e.position));
      expect(seen.every((e) => e.position > first.position)).toBe(true);
    });

    it('a handler error stops the subscription and is reported to onError', async () => {
      const start = await ctx.store.headPosition();
      const failing = await ctx.store.append(freshStreamName(), [sampleEvent('poison')], 'no_stream');
      const failure = new Error('projection broke');
      let calls = 0;
      let reportError: (error: unknown) => void = () => undefined;
      const reported = new Promise<unknown>((resolve) => (reportError = resolve));
      const subscription = ctx.store.subscribeToAll(
        { after: start, batchSize: 1 },
        () => {
          calls += 1;
          throw failure;
        },
        (error) => reportError(error),
      );
      await expect(subscription.waitFor(failing.position, 2000)).rejects.toBe(failure);
      expect(await reported).toBe(failure);
      await ctx.store.append(freshStreamName(), [sampleEvent()], 'no_stream');
      await delay(100);
      expect(calls).toBe(1);
    });

    it('waitFor rejects on timeout and after stop; no event is handed after stop', async () => {
      const head = await ctx.store.headPosition();
      let handled = 0;
      const subscription = ctx.store.subscribeToAll({ after: head }, (events) => {
        handled += events.length;
      });
      await expect(subscription.waitFor(head + 1, 50)).rejects.toThrow();
      const pending = subscription.waitFor(head + 1000, 5000);
      await subscription.stop();
      await expect(pending).rejects.toThrow();

      await ctx.store.append(freshStreamName(), [sampleEvent()], 'no_stream');
      await delay(100);
      expect(handled).toBe(0);
    });
  });
}
