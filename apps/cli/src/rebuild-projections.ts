import { existsSync } from 'node:fs';
import { SqliteEventStore } from '@ciclo/event-store';
import {
  createPlanProjections,
  defaultProjectionsPath,
  ProjectionDatabase,
  ProjectionProcessor,
} from '@ciclo/projections';
import { useRebuildHeapSettings } from './rebuild-heap-settings';
import { createRebuildProgress, type ProgressOutput } from './rebuild-progress';

export interface RebuildOptions {
  sqlitePath: string;
  projectionsPath: string;
  output: ProgressOutput;
}

export interface RebuildSummary {
  events: number;
  seconds: number;
  eventsPerSecond: number;
}

/**
 * `npm run projections:rebuild`: empties the read models and replays the whole event store into
 * them. Run it with the API stopped, or accept that readers see the read models fill up again.
 */
export async function rebuildProjections(options: RebuildOptions): Promise<RebuildSummary> {
  if (!existsSync(options.sqlitePath)) {
    throw new Error(`No event store at ${options.sqlitePath} (set SQLITE_PATH)`);
  }
  const { output } = options;
  output.write(`Rebuilding ${options.projectionsPath} from ${options.sqlitePath}\n`);
  const store = SqliteEventStore.open({ path: options.sqlitePath });
  const db = ProjectionDatabase.open(options.projectionsPath);
  const progress = createRebuildProgress(output);
  try {
    const started = performance.now();
    const processor = new ProjectionProcessor(store, db, createPlanProjections());
    const { events } = await processor.rebuild((done, total) => progress.update(done, total));
    progress.stop();
    const seconds = (performance.now() - started) / 1000;
    const summary = { events, seconds, eventsPerSecond: seconds > 0 ? events / seconds : events };
    output.write(
      `Rebuilt projections: ${events} events in ${seconds.toFixed(1)} s (${Math.round(summary.eventsPerSecond)} events/s)\n`,
    );
    return summary;
  } finally {
    progress.stop();
    db.close();
    await store.close();
  }
}

if (require.main === module) {
  useRebuildHeapSettings();
  const sqlitePath = process.env.SQLITE_PATH ?? './data/ciclo.sqlite';
  rebuildProjections({
    sqlitePath,
    projectionsPath: process.env.PROJECTIONS_SQLITE_PATH ?? defaultProjectionsPath(sqlitePath),
    output: process.stdout,
  }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
