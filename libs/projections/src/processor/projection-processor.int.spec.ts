import { HistoryReadModel } from '../history/history-read-model';
import { createPlanProjections } from '../plan-projection/create-plan-projections';
import { PlanProjection } from '../plan-projection/plan-projection';
import { PlanReadModel } from '../plan-view/plan-read-model';
import { join } from 'node:path';
import { ProjectionDatabase } from '../sqlite/projection-database';
import { appendLevateScenario } from '../testing/levate-scenario';
import { openTempDatabases, type TempDatabases } from '../testing/temp-databases';
import type { DecodedEvent, Projection } from './projection';
import { ProjectionProcessor } from './projection-processor';

/** Records every event it is handed; throws once on the event at `failAt` (after writing the ones before it). */
class RecordingProjection implements Projection {
  readonly name = 'recording';
  readonly categories = ['plan', 'delibere'];
  failAt?: number;

  constructor(readonly version = 1) {}

  migrate(db: ProjectionDatabase): void {
    db.connection.exec('CREATE TABLE IF NOT EXISTS recorded (position INTEGER NOT NULL, type TEXT NOT NULL, version INTEGER NOT NULL)');
  }

  reset(db: ProjectionDatabase): void {
    db.connection.exec('DROP TABLE IF EXISTS recorded');
  }

  applyBatch(db: ProjectionDatabase, events: DecodedEvent[]): void {
    for (const event of events) {
      if (event.position === this.failAt) throw new Error(`projection failed at ${event.position}`);
      db.statement('INSERT INTO recorded (position, type, version) VALUES (?, ?, ?)').run(event.position, event.type, this.version);
    }
  }
}

const recorded = (db: ProjectionDatabase) =>
  db.connection.prepare('SELECT position, version FROM recorded ORDER BY position, rowid').all() as { position: number; version: number }[];
const tableRows = (db: ProjectionDatabase, table: string) =>
  db.connection.prepare(`SELECT * FROM ${table} ORDER BY 1`).all();

describe('ProjectionProcessor', () => {
  let temp: TempDatabases;
  const processors: ProjectionProcessor[] = [];
  const processor = (projections: Projection[], db = temp.db, batchSize?: number) => {
    const created = new ProjectionProcessor(temp.store, db, projections, { batchSize, onError: () => undefined });
    processors.push(created);
    return created;
  };

  beforeEach(() => {
    temp = openTempDatabases();
  });
  afterEach(async () => {
    await Promise.all(processors.splice(0).map((p) => p.stop()));
    await temp.dispose();
  });

  it('feeds the read models from the store; waitFor lets a writer read its own write', async () => {
    const live = processor(createPlanProjections());
    await live.start();
    const { planId, positions } = await appendLevateScenario(temp.store, { planId: 'levate-2024', until: 'pccDrafted' });

    await live.waitFor(positions.pccDrafted);

    expect(live.position()).toBeGreaterThanOrEqual(positions.pccDrafted);
    const view = new PlanReadModel(temp.db).get(planId);
    expect(view?.position).toBe(positions.pccDrafted);
    expect(view?.centri.find((c) => c.centroId === 'c-ag')?.objectives.map((o) => o.objectiveId)).toEqual(['o-pds', 'o-pcc']);
  });

  it('reads the events written before it started, and only plan streams reach the plan projection', async () => {
    const { planId, head } = await appendLevateScenario(temp.store);
    const live = processor(createPlanProjections());
    await live.start();
    await live.waitFor(head);

    const history = new HistoryReadModel(temp.db).list(planId);
    expect(history.map((e) => e.eventType)).not.toContain('DeliberaRegistered');
    expect(history).toHaveLength(head - 1);
    expect(new PlanReadModel(temp.db).list()).toHaveLength(1);
  });

  it('rolls back the rows and the checkpoint of a batch that fails, and a restart applies each event once', async () => {
    const { planId, head, positions } = await appendLevateScenario(temp.store);
    const failing = new RecordingProjection();
    failing.failAt = positions.approved;
    const first = processor([...createPlanProjections(), failing], temp.db, 1_000);
    await first.start();

    await expect(first.waitFor(head, 2_000)).rejects.toThrow(`projection failed at ${positions.approved}`);
    expect(first.position()).toBe(0);
    expect(recorded(temp.db)).toEqual([]);
    expect(new PlanReadModel(temp.db).get(planId)).toBeUndefined();
    expect(temp.db.readCheckpoint('plans')).toEqual({ version: new PlanProjection().version, position: 0 });

    const db = temp.reopenProjections();
    const restarted = processor([...createPlanProjections(), new RecordingProjection()], db, 5);
    await restarted.start();
    await restarted.waitFor(head);

    const positionsSeen = recorded(db).map((r) => r.position);
    expect(positionsSeen).toEqual(Array.from({ length: head }, (_, i) => i + 1));
    expect(new HistoryReadModel(db).list(planId)).toHaveLength(head - 1);
    expect(db.readCheckpoint('recording')).toEqual({ version: 1, position: head });
  });

  it('a failure in a later batch keeps what the earlier batches committed', async () => {
    const { head, positions } = await appendLevateScenario(temp.store);
    const failing = new RecordingProjection();
    failing.failAt = positions.approved;
    const first = processor([failing], temp.db, 4);
    await first.start();
    await expect(first.waitFor(head, 2_000)).rejects.toThrow('projection failed');

    const committed = Math.floor((positions.approved - 1) / 4) * 4;
    expect(first.position()).toBe(committed);
    expect(recorded(temp.db)).toHaveLength(committed);

    const restarted = processor([new RecordingProjection()], temp.reopenProjections(), 4);
    await restarted.start();
    await restarted.waitFor(head);
    expect(recorded(temp.db).map((r) => r.position)).toEqual(Array.from({ length: head }, (_, i) => i + 1));
  });

  it('rebuild from position 0 gives the same read models, reporting progress', async () => {
    const { head } = await appendLevateScenario(temp.store, { planId: 'levate-2024' });
    await appendLevateScenario(temp.store, { planId: 'levate-2025', year: 2025 });
    const live = processor(createPlanProjections(), temp.db, 3);
    await live.start();
    const total = await temp.store.headPosition();
    await live.waitFor(total);
    const views = tableRows(temp.db, 'plan_views');
    const history = tableRows(temp.db, 'plan_history');
    const refs = tableRows(temp.db, 'plan_history_refs');
    expect(history).toHaveLength(total - 2);

    const progress: [number, number][] = [];
    const result = await live.rebuild((done, of) => progress.push([done, of]));

    expect(result).toEqual({ events: total, position: total });
    expect(progress[progress.length - 1]).toEqual([total, total]);
    expect(tableRows(temp.db, 'plan_views')).toEqual(views);
    expect(tableRows(temp.db, 'plan_history')).toEqual(history);
    expect(tableRows(temp.db, 'plan_history_refs')).toEqual(refs);
    expect(head).toBeLessThan(total);

    // it follows the store again after the rebuild
    const next = await appendLevateScenario(temp.store, { planId: 'levate-2026', year: 2026, until: 'created' });
    await live.waitFor(next.head);
    expect(new PlanReadModel(temp.db).get('levate-2026')?.status).toBe('drafting');
  });

  it('a rebuild short of memory, writing its plans out every batch, gives the same read models', async () => {
    await appendLevateScenario(temp.store, { planId: 'levate-2024' });
    await appendLevateScenario(temp.store, { planId: 'levate-2025', year: 2025 });
    const total = await temp.store.headPosition();
    const roomy = processor(createPlanProjections(), temp.db);
    await roomy.rebuild();
    const views = tableRows(temp.db, 'plan_views');
    const history = tableRows(temp.db, 'plan_history');

    const tight = new ProjectionProcessor(temp.store, temp.db, [new PlanProjection({ replayHeapShare: 0 })], {
      rebuildBatchSize: 4,
    });
    expect(await tight.rebuild()).toEqual({ events: total, position: total });
    expect(tableRows(temp.db, 'plan_views')).toEqual(views);
    expect(tableRows(temp.db, 'plan_history')).toEqual(history);
  });

  it('a rebuild that stops half-way is redone from zero on the next start', async () => {
    const { head, positions } = await appendLevateScenario(temp.store);
    const failing = new RecordingProjection();
    failing.failAt = positions.approved;
    const crashed = processor([...createPlanProjections(), failing], temp.db);
    await expect(crashed.rebuild()).rejects.toThrow('projection failed');
    expect(temp.db.readCheckpoint('plans')?.version).toBe(0);

    const restarted = processor([...createPlanProjections(), new RecordingProjection()], temp.reopenProjections());
    await restarted.start();
    await restarted.waitFor(head);
    expect(recorded(temp.db).map((r) => r.position)).toEqual(Array.from({ length: head }, (_, i) => i + 1));
    expect(new HistoryReadModel(temp.db).list('levate-2024')).toHaveLength(head - 1);
    expect(temp.db.readCheckpoint('plans')).toEqual({ version: new PlanProjection().version, position: head });
  });

  it('rebuilds a projection whose version changed when it starts', async () => {
    const { head } = await appendLevateScenario(temp.store);
    const v1 = processor([new RecordingProjection(1)]);
    await v1.start();
    await v1.waitFor(head);
    await v1.stop();
    expect(recorded(temp.db).every((r) => r.version === 1)).toBe(true);

    const v2 = processor([new RecordingProjection(2)], temp.reopenProjections());
    expect(v2.position()).toBe(0);
    await v2.start();
    await v2.waitFor(head);

    const rows = recorded(temp.db);
    expect(rows).toHaveLength(head);
    expect(rows.every((r) => r.version === 2)).toBe(true);
    expect(temp.db.readCheckpoint('recording')).toEqual({ version: 2, position: head });
  });

  it('keeps its checkpoint across restarts and does not apply an event twice', async () => {
    const { head } = await appendLevateScenario(temp.store, { planId: 'levate-2024' });
    const first = processor([new RecordingProjection()]);
    await first.start();
    await first.waitFor(head);
    await first.stop();

    const second = processor([new RecordingProjection()], temp.reopenProjections());
    expect(second.position()).toBe(head);
    await second.start();
    const more = await appendLevateScenario(temp.store, { planId: 'levate-2025', year: 2025, until: 'centroAG' });
    await second.waitFor(more.head);
    expect(recorded(temp.db).map((r) => r.position)).toEqual(Array.from({ length: more.head }, (_, i) => i + 1));
  });

  it('two processes following the same projection file apply each event once between them', async () => {
    const other = ProjectionDatabase.open(join(temp.dir, 'ciclo.projections.sqlite'));
    try {
      const first = processor([new RecordingProjection()], temp.db, 3);
      const second = processor([new RecordingProjection()], other, 5);
      await Promise.all([first.start(), second.start()]);
      const { head } = await appendLevateScenario(temp.store);
      await Promise.all([first.waitFor(head), second.waitFor(head)]);
      expect(recorded(temp.db).map((r) => r.position)).toEqual(Array.from({ length: head }, (_, i) => i + 1));
    } finally {
      await Promise.all(processors.splice(0).map((p) => p.stop()));
      other.close();
    }
  });

  it('waitFor times out when the position is never reached', async () => {
    const live = processor(createPlanProjections());
    await live.start();
    await expect(live.waitFor(42, 100)).rejects.toThrow('did not reach position 42 within 100 ms');
  });
});
