import { join } from 'node:path';
import { SqliteEventStore } from '@ciclo/event-store';
import {
  createPlanProjections,
  loadDeadlineRules,
  planProjectionsSetup,
  PlanReadModel,
  ProjectionFollower,
  ProjectionProcessor,
  ProjectionsInThread,
} from '@ciclo/projections';
import { appendLevateScenario } from '@ciclo/projections/testing/levate-scenario';
import { openTempDatabases, type TempDatabases } from '@ciclo/projections/testing/temp-databases';
import { ReadModelsAtHead } from './read-models-at-head';

/** Both followers poll once a minute here: only the query's own wake can bring another process's events in time. */
const POLL_ONCE_A_MINUTE = 60_000;
const deadlineRules = loadDeadlineRules();

const followers: Record<string, (temp: TempDatabases, store: SqliteEventStore) => ProjectionFollower> = {
  'on the calling thread': (temp, store) =>
    new ProjectionProcessor(store, temp.db, createPlanProjections({ deadlineRules }), { onError: () => undefined }),
  'in a worker thread': (temp) =>
    new ProjectionsInThread({
      eventsPath: join(temp.dir, 'ciclo.sqlite'),
      projectionsPath: temp.db.connection.name,
      setup: planProjectionsSetup({ deadlineRules }),
      pollIntervalMs: POLL_ONCE_A_MINUTE,
      onError: () => undefined,
    }),
};

describe.each(Object.keys(followers))('ReadModelsAtHead, projections followed %s', (kind) => {
  let temp: TempDatabases;
  let store: SqliteEventStore;
  let follower: ProjectionFollower;

  beforeEach(async () => {
    temp = openTempDatabases();
    // the API's connection to the event file; temp.store stands for another process writing the same file
    store = SqliteEventStore.open({ path: join(temp.dir, 'ciclo.sqlite'), pollIntervalMs: POLL_ONCE_A_MINUTE });
    follower = followers[kind](temp, store);
    await follower.start();
  });
  afterEach(async () => {
    await follower.stop();
    await store.close();
    await temp.dispose();
  }, 60_000);

  it('a query waits until the read models show every event committed before it, whichever process wrote it', async () => {
    const { planId } = await appendLevateScenario(temp.store, { planId: 'levate-2024', until: 'approved' });
    const head = await store.headPosition();
    expect(follower.position()).toBeLessThan(head); // nobody woke the follower: without the query's wait it would read nothing

    await new ReadModelsAtHead(store, follower).caughtUp();

    expect(follower.position()).toBe(head);
    expect(new PlanReadModel(temp.db).get(planId)).toMatchObject({ planId, status: 'approved' });
  });

  it('a minimum position beyond the head is waited for too, and refused as 503 when it never comes', async () => {
    await appendLevateScenario(temp.store, { planId: 'levate-2024', until: 'approved' });
    const beyond = (await store.headPosition()) + 1;
    await expect(new ReadModelsAtHead(store, follower).caughtUp(beyond)).rejects.toMatchObject({
      status: 503,
      message: expect.stringContaining(`position ${beyond}`),
    });
  }, 15_000);
});
