import { join } from 'node:path';
import { SqliteEventStore } from '@ciclo/event-store';
import { loadDeadlineRules } from '../deadlines/deadline-rules-file';
import { createPlanProjections } from '../plan-projection/create-plan-projections';
import { ProjectionDatabase } from '../sqlite/projection-database';
import { appendLevateScenario } from '../testing/levate-scenario';
import { tableSnapshot } from '../testing/table-snapshot';
import { openTempDatabases, type TempDatabases } from '../testing/temp-databases';
import type { DecodedEvent, Projection } from './projection';
import { ProjectionProcessor } from './projection-processor';

/** Throws on the event at `failAt`, after the projections before it in the batch have applied it. */
class FailingProjection implements Projection {
  readonly name = 'failing';
  readonly version = 1;
  readonly categories = ['plan'];
  failAt?: number;
  migrate(): void {}
  reset(): void {}
  applyBatch(_db: ProjectionDatabase, events: DecodedEvent[]): void {
    if (events.some((e) => e.position === this.failAt)) throw new Error(`failed at ${this.failAt}`);
  }
}

/**
 * The plan and deadline projections keep the plans and calendars of recent batches in memory;
 * what they write must stay exactly what a replay from the events writes.
 */
describe('projections following the store batch after batch', () => {
  const deadlineRules = loadDeadlineRules();
  let temp: TempDatabases;
  const processors: ProjectionProcessor[] = [];
  const follow = (db: ProjectionDatabase, batchSize: number, extra: Projection[] = []) => {
    const processor = new ProjectionProcessor(temp.store, db, [...createPlanProjections({ deadlineRules }), ...extra], {
      batchSize,
      onError: () => undefined,
    });
    processors.push(processor);
    return processor;
  };
  const rebuilt = async (db: ProjectionDatabase) => {
    await new ProjectionProcessor(temp.store, db, createPlanProjections({ deadlineRules })).rebuild();
    return tableSnapshot(db);
  };

  beforeEach(() => {
    temp = openTempDatabases();
  });
  afterEach(async () => {
    await Promise.all(processors.splice(0).map((p) => p.stop()));
    await temp.dispose();
  });

  it('one event per batch writes what a rebuild writes', async () => {
    await appendLevateScenario(temp.store, { planId: 'levate-2024' });
    await appendLevateScenario(temp.store, { planId: 'levate-2025', year: 2025, until: 'approved' });
    const processor = follow(temp.db, 1);
    await processor.start();
    await processor.waitFor(await temp.store.headPosition());
    await processor.stop();
    const followed = tableSnapshot(temp.db);

    expect(followed.deadlines.length).toBeGreaterThan(0);
    expect(await rebuilt(temp.db)).toEqual(followed);
  });

  it('a process that resumes after another one moved the projection file reads the plans again', async () => {
    const other = ProjectionDatabase.open(temp.db.connection.name);
    try {
      const first = follow(temp.db, 3);
      await first.start();
      const drafted = await appendLevateScenario(temp.store, { planId: 'levate-2024', until: 'pccDrafted' });
      await first.waitFor(drafted.head);
      await first.stop();

      // meanwhile another process follows the same file and moves the same plan on
      const second = follow(other, 4);
      await second.start();
      const approved = await appendLevateScenario(temp.store, { planId: 'levate-2024', from: 'pccDrafted', until: 'approved' });
      await second.waitFor(approved.head);
      await second.stop();

      await first.start();
      const closed = await appendLevateScenario(temp.store, { planId: 'levate-2024', from: 'approved' });
      await first.waitFor(closed.head);
      await first.stop();
      const followed = tableSnapshot(temp.db);

      expect(await rebuilt(temp.db)).toEqual(followed);
    } finally {
      other.close();
    }
  });

  it('a process reads a plan again once another process following the same file moved it', async () => {
    // each store instance wakes only its own processor: appends through one reach the other only by polling
    const eventsPath = join(temp.dir, 'ciclo.sqlite');
    const storeA = SqliteEventStore.open({ path: eventsPath, pollIntervalMs: 60_000 });
    const storeB = SqliteEventStore.open({ path: eventsPath, pollIntervalMs: 60_000 });
    const otherDb = ProjectionDatabase.open(temp.db.connection.name);
    const a = new ProjectionProcessor(storeA, temp.db, createPlanProjections({ deadlineRules }));
    const b = new ProjectionProcessor(storeB, otherDb, createPlanProjections({ deadlineRules }));
    try {
      await Promise.all([a.start(), b.start()]);
      const drafted = await appendLevateScenario(storeA, { until: 'pccDrafted' });
      await a.waitFor(drafted.head);
      const approved = await appendLevateScenario(storeB, { from: 'pccDrafted', until: 'approved' });
      await b.waitFor(approved.head);
      const closed = await appendLevateScenario(storeA, { from: 'approved' });
      await a.waitFor(closed.head);
      await Promise.all([a.stop(), b.stop()]);
      const followed = tableSnapshot(temp.db);

      expect(await rebuilt(temp.db)).toEqual(followed);
    } finally {
      await Promise.all([a.stop(), b.stop(), storeA.close(), storeB.close()]);
      otherDb.close();
    }
  });

  it('a batch that rolls back leaves nothing of itself in memory', async () => {
    const { head, positions } = await appendLevateScenario(temp.store, { planId: 'levate-2024' });
    const failing = new FailingProjection();
    failing.failAt = positions.approved;
    const processor = follow(temp.db, 2, [failing]);
    await processor.start();
    await expect(processor.waitFor(head, 2_000)).rejects.toThrow(`failed at ${positions.approved}`);

    failing.failAt = undefined;
    await processor.start();
    await processor.waitFor(head);
    await processor.stop();
    const followed = tableSnapshot(temp.db);

    expect(await rebuilt(temp.db)).toEqual(followed);
  });
});
