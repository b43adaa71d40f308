import { join } from 'node:path';
import { loadDeadlineRules } from '../deadlines/deadline-rules-file';
import { createPlanProjections, planProjectionsSetup } from '../plan-projection/create-plan-projections';
import { ProjectionProcessor } from '../processor/projection-processor';
import { compiledSources } from '../threads/thread-sources';
import { REPLAY_WORKER_FILE } from '../rebuild/replay-worker';
import { ProjectionDatabase } from '../sqlite/projection-database';
import { appendLevateScenario } from './levate-scenario';
import { tableSnapshot } from './table-snapshot';
import { openTempDatabases } from './temp-databases';

/**
 * Run with ts-node (see thread-sources.int.spec.ts): a rebuild in replay threads from a process
 * running from TypeScript sources, as `npm run projections:rebuild` and the benchmark run it.
 * Prints one JSON line: whether the threads got compiled sources, and whether the rows are those
 * of following the store.
 */
async function main(): Promise<void> {
  const temp = openTempDatabases();
  try {
    const deadlineRules = loadDeadlineRules();
    for (const year of [2024, 2025, 2026]) await appendLevateScenario(temp.store, { planId: `levate-${year}`, year });
    const following = new ProjectionProcessor(temp.store, temp.db, createPlanProjections({ deadlineRules }));
    await following.start();
    await following.waitFor(await temp.store.headPosition());
    await following.stop();

    const setup = planProjectionsSetup({ deadlineRules });
    const rebuilt = ProjectionDatabase.open(join(temp.dir, 'rebuilt.projections.sqlite'));
    const parallelReplay = { eventsPath: join(temp.dir, 'ciclo.sqlite'), setup, threads: 2, minEvents: 0 };
    const { events } = await new ProjectionProcessor(temp.store, rebuilt, createPlanProjections({ deadlineRules }), {
      parallelReplay,
    }).rebuild();
    const same = JSON.stringify(tableSnapshot(rebuilt)) === JSON.stringify(tableSnapshot(temp.db));
    rebuilt.close();
    const precompiled = compiledSources([REPLAY_WORKER_FILE, setup.module]) !== undefined;
    console.log(JSON.stringify({ precompiled, same, events }));
  } finally {
    await temp.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
