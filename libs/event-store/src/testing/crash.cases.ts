import { verifyStreamChain } from '../integrity';
import { StoredEvent } from '../port';
import { expectStoredAsAcknowledged, expectStrictlyIncreasing } from './concurrency.cases';
import { ConformanceContext, EventStoreFixture, WriterProcessCommand } from './event-store-fixture';
import { delay } from './sample-events';
import { WriterProcess } from './writer-process';

const ACKS_BEFORE_KILL = 150;

export function describeCrash<F extends EventStoreFixture>(
  ctx: ConformanceContext<F>,
  writerProcess: (fixture: F) => WriterProcessCommand,
): void {
  describe('crash of a writer process', () => {
    it(
      'after SIGKILL mid-stream every acknowledged event reads back unchanged, and a reader in another process never saw a gap',
      async () => {
        const start = await ctx.store.headPosition();
        const writer = new WriterProcess(writerProcess(ctx.fixture));
        const observed: StoredEvent[] = [];
        const pollWhileWriting = async () => {
          const after = observed.length ? observed[observed.length - 1].position : start;
          observed.push(...(await ctx.store.readAll({ after })));
          await delay(2);
        };
        try {
          await writer.waitForAcks(ACKS_BEFORE_KILL, 25_000, pollWhileWriting);
        } finally {
          expect(await writer.kill()).toBe('SIGKILL');
        }

        ctx.store = await ctx.fixture.reopen();
        const stored = await ctx.store.readAll({ after: start });
        const storedById = new Map(stored.map((event) => [event.id, event]));
        expect(writer.acknowledged.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
        for (const ack of writer.acknowledged) {
          expectStoredAsAcknowledged(storedById, ack.streamName, ack.events, ack.result);
        }
        expectStrictlyIncreasing(stored.map((e) => e.position));
        expect(observed.length).toBeGreaterThan(0);
        expect(observed.map((e) => `${e.position}:${e.id}`)).toEqual(
          stored.slice(0, observed.length).map((e) => `${e.position}:${e.id}`),
        );
        for (const streamName of new Set(stored.map((e) => e.streamName))) {
          const streamEvents = await ctx.store.readStream(streamName);
          const revisions = streamEvents.map((e) => e.revision);
          expect(revisions).toEqual(revisions.map((_, i) => i));
          expect(verifyStreamChain(streamEvents)).toMatchObject({ streamName, intact: true });
        }
      },
      40_000,
    );
  });
}
