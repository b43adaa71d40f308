import { describeAppendSemantics } from './append-semantics.cases';
import { describeConcurrency } from './concurrency.cases';
import { describeCrash } from './crash.cases';
import { ConformanceContext, EventStoreFactory, EventStoreFixture } from './event-store-fixture';
import { describeHashChain } from './hash-chain.cases';
import { describeReading } from './reading.cases';
import { describeSubscription } from './subscription.cases';

/**
 * The behaviour every EventStore adapter must have, as one jest suite. Call it from the adapter's
 * *.int.spec.ts with a factory that gives each test its own store.
 */
export function describeEventStoreConformance<F extends EventStoreFixture>(
  adapterName: string,
  factory: EventStoreFactory<F>,
): void {
  describe(`EventStore conformance: ${adapterName}`, () => {
    const ctx = {} as ConformanceContext<F>;

    beforeEach(async () => {
      ctx.fixture = await factory.create();
      ctx.store = ctx.fixture.store;
    });

    afterEach(async () => {
      await ctx.fixture.dispose();
    });

    describeAppendSemantics(ctx);
    describeConcurrency(ctx);
    describeReading(ctx);
    describeSubscription(ctx);
    describeHashChain(ctx);
    if (factory.writerProcess) describeCrash(ctx, factory.writerProcess.bind(factory));
  });
}
