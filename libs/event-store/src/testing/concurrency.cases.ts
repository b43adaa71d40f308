import { randomUUID } from 'node:crypto';
import { AppendResult, EventToAppend, ExpectedRevision, StoredEvent, WrongExpectedRevisionError } from '../port';
import { ConformanceContext } from './event-store-fixture';
import { appendedPart, freshStreamName, sampleEvent, sampleEvents } from './sample-events';

export function describeConcurrency(ctx: ConformanceContext): void {
  describe('concurrency', () => {
    it('of 10 concurrent appends with the same expected revision exactly one wins', async () => {
      const stream = freshStreamName();
      const first = await ctx.store.append(stream, [sampleEvent('first')], 'no_stream');
      const attempts = Array.from({ length: 10 }, (_, i) => sampleEvents(2, `attempt${i}-`));
      const outcomes = await Promise.allSettled(
        attempts.map((events) => ctx.store.append(stream, events, first.nextExpectedRevision)),
      );

      const winners = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i] : []));
      expect(winners).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(WrongExpectedRevisionError);
      }
      const stored = await ctx.store.readStream(stream);
      expect(stored.slice(1).map(appendedPart)).toEqual(attempts[winners[0]].map(appendedPart));
    });

    it('of 10 concurrent creations with no_stream exactly one wins', async () => {
      const stream = freshStreamName();
      const outcomes = await Promise.allSettled(
        Array.from({ length: 10 }, () => ctx.store.append(stream, [sampleEvent()], 'no_stream')),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(await ctx.store.readStream(stream)).toHaveLength(1);
    });

    it('a rejected append leaves the stream exactly as it was and writable at the right revision', async () => {
      const stream = freshStreamName();
      await ctx.store.append(stream, sampleEvents(3), 'no_stream');
      const before = await ctx.store.readStream(stream);
      const headBefore = await ctx.store.headPosition();

      const conflict = await ctx.store.append(stream, sampleEvents(4), 0).catch((e: unknown) => e);
      expect(conflict).toBeInstanceOf(WrongExpectedRevisionError);
      expect(await ctx.store.readStream(stream)).toEqual(before);
      expect(await ctx.store.headPosition()).toBe(headBefore);

      const actual = (conflict as WrongExpectedRevisionError).actual as number;
      const retried = await ctx.store.append(stream, [sampleEvent('after')], actual);
      expect(retried.nextExpectedRevision).toBe(before.length);
    });

    it('500 concurrent appends are each either stored as acknowledged or reported failed', async () => {
      const start = await ctx.store.headPosition();
      const run = randomUUID();
      const requests = Array.from({ length: 500 }, (_, i) => ({
        stream: `conformance-${run}-${i % 50}`,
        events: sampleEvents(1 + (i % 3), `many${i}-`),
        // every 7th append expects a revision the stream cannot have: those must fail and leave nothing
        expected: (i % 7 === 3 ? 10_000 : 'any') as ExpectedRevision,
      }));
      const outcomes = await Promise.allSettled(requests.map((r) => ctx.store.append(r.stream, r.events, r.expected)));

      const stored = await ctx.store.readAll({ after: start });
      const storedById = new Map(stored.map((event) => [event.id, event]));
      let acknowledgedEvents = 0;
      outcomes.forEach((outcome, i) => {
        const { events, stream, expected } = requests[i];
        if (outcome.status === 'rejected') {
          expect(expected).toBe(10_000);
          expect(outcome.reason).toBeInstanceOf(WrongExpectedRevisionError);
          for (const event of events) expect(storedById.has(event.id)).toBe(false);
          return;
        }
        acknowledgedEvents += events.length;
        expectStoredAsAcknowledged(storedById, stream, events, outcome.value);
      });
      expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(71);
      expect(stored).toHaveLength(acknowledgedEvents);
    });

    it('a reader polling while writers run only ever sees a prefix of the final global order', async () => {
      const start = await ctx.store.headPosition();
      let writing = true;
      const writers = Array.from({ length: 20 }, async (_, w) => {
        const stream = freshStreamName();
        let expected: ExpectedRevision = 'no_stream';
        for (let i = 0; i < 25; i++) {
          expected = (await ctx.store.append(stream, sampleEvents(1 + (i % 2), `w${w}-`), expected)).nextExpectedRevision;
        }
      });
      const observed: StoredEvent[] = [];
      const reader = (async () => {
        while (writing) {
          const after = observed.length ? observed[observed.length - 1].position : start;
          observed.push(...(await ctx.store.readAll({ after, limit: 37 })));
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      await Promise.all(writers);
      writing = false;
      await reader;

      const final = await ctx.store.readAll({ after: start });
      expect(final).toHaveLength(20 * (13 * 1 + 12 * 2));
      expectStrictlyIncreasing(final.map((e) => e.position));
      expect(observed.length).toBeGreaterThan(0);
      expect(observed.map((e) => `${e.position}:${e.id}`)).toEqual(
        final.slice(0, observed.length).map((e) => `${e.position}:${e.id}`),
      );
    });
  });
}

export function expectStoredAsAcknowledged(
  storedById: Map<string, StoredEvent>,
  stream: string,
  events: EventToAppend[],
  result: AppendResult,
): void {
  events.forEach((event, k) => {
    const stored = storedById.get(event.id);
    expect(stored).toBeDefined();
    expect(appendedPart(stored!)).toBe(appendedPart(event));
    expect(stored!.streamName).toBe(stream);
    expect(stored!.revision).toBe(result.nextExpectedRevision - (events.length - 1 - k));
  });
  expect(storedById.get(events[events.length - 1].id)!.position).toBe(result.position);
}

export function expectStrictlyIncreasing(values: number[]): void {
  const unordered = values.findIndex((value, i) => i > 0 && value <= values[i - 1]);
  expect(unordered).toBe(-1);
}
