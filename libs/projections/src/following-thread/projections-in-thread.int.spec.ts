import { join } from 'node:path';
import { loadDeadlineRules } from '../deadlines/deadline-rules-file';
import { createPlanProjections, planProjectionsSetup } from '../plan-projection/create-plan-projections';
import { ProjectionProcessor } from '../processor/projection-processor';
import { ProjectionDatabase } from '../sqlite/projection-database';
import { appendLevateScenario } from '../testing/levate-scenario';
import { tableSnapshot } from '../testing/table-snapshot';
import { openTempDatabases, type TempDatabases } from '../testing/temp-databases';
import { ProjectionsInThread } from './projections-in-thread';

/**
 * The projections followed in a worker thread write what the same projections write on the
 * calling thread, and tell it how far they got, so a caller still reads its own writes.
 */
describe('ProjectionsInThread', () => {
  const deadlineRules = loadDeadlineRules();
  let temp: TempDatabases;
  let inThread: ProjectionsInThread | undefined;
  const projectionsPath = () => join(temp.dir, 'ciclo.projections.sqlite');
  const startInThread = async (pollIntervalMs = 60_000) => {
    inThread = new ProjectionsInThread({
      eventsPath: join(temp.dir, 'ciclo.sqlite'),
      projectionsPath: projectionsPath(),
      setup: planProjectionsSetup({ deadlineRules }),
      pollIntervalMs,
      onError: () => undefined,
    });
    temp.store.onCommitted(() => inThread?.wake());
    await inThread.start();
    return inThread;
  };

  beforeEach(() => {
    temp = openTempDatabases();
  });
  afterEach(async () => {
    await inThread?.stop();
    inThread = undefined;
    await temp.dispose();
  }, 60_000);

  it('catches up at start, follows every commit it is woken for, and writes what a replay on this thread writes', async () => {
    await appendLevateScenario(temp.store, { planId: 'levate-2024', until: 'approved' });
    // polls once a minute: only the wake after each commit can bring the later events in time
    const follower = await startInThread();
    expect(follower.position()).toBe(await temp.store.headPosition());

    await appendLevateScenario(temp.store, { planId: 'levate-2025', year: 2025 });
    const head = await temp.store.headPosition();
    await follower.waitFor(head, 10_000);
    expect(follower.position()).toBe(head);
    await follower.stop();

    const followed = tableSnapshot(temp.db);
    const replayed = ProjectionDatabase.open(join(temp.dir, 'replayed.projections.sqlite'));
    try {
      await new ProjectionProcessor(temp.store, replayed, createPlanProjections({ deadlineRules })).rebuild();
      expect(followed).toEqual(tableSnapshot(replayed));
      expect(followed.plan_views.length).toBe(2);
    } finally {
      replayed.close();
    }
  }, 60_000);

  it('goes on from its checkpoint after a stop and a start', async () => {
    await appendLevateScenario(temp.store, { planId: 'levate-2024', until: 'approved' });
    const first = await startInThread();
    const reached = first.position();
    await first.stop();

    await appendLevateScenario(temp.store, { planId: 'levate-2025', year: 2025, until: 'approved' });
    const second = await startInThread();
    expect(second.position()).toBe(await temp.store.headPosition());
    expect(second.position()).toBeGreaterThan(reached);
    const planIds = temp.db.connection.prepare('SELECT plan_id FROM plan_views ORDER BY plan_id').pluck().all();
    expect(planIds).toEqual(['levate-2024', 'levate-2025']);
  }, 60_000);

  it('rejects whoever waits once its thread has failed, and says why', async () => {
    await appendLevateScenario(temp.store, { planId: 'levate-2024', until: 'approved' });
    const follower = await startInThread();
    // another process rebuilding the file under it: the thread's next batch must refuse to go on
    temp.db.writeCheckpoint('plans', { version: 999, position: 0 });
    // the expectation is attached before the rejection can happen, or it would be an unhandled one
    const refused = expect(follower.waitFor((await temp.store.headPosition()) + 1, 10_000)).rejects.toThrow(/version 999/);
    await appendLevateScenario(temp.store, { planId: 'levate-2025', year: 2025, until: 'approved' });
    await refused;
  }, 60_000);
});
