import { existsSync } from 'node:fs';
import { SqliteEventStore } from '@ciclo/event-store';
import {
  createPlanProjections,
  DEFAULT_DEADLINE_RULES_PATH,
  defaultProjectionsPath,
  loadDeadlineRules,
  planProjectionsSetup,
  ProjectionDatabase,
  ProjectionProcessor,
} from '@ciclo/projections';
import { useRebuildHeapSettings } from './rebuild-heap-settings';
import { createRebuildProgress, type ProgressOutput } from './rebuild-progress';

export interface RebuildOptions {
  sqlitePath: string;
  projectionsPath: string;
  /** the rules the API projects deadlines with, so that the CLI rebuilds the same read models */
  deadlineRulesPath: string;
  output: ProgressOutput;
  /** replay threads, each folding a share of the plans (default: the available cores, at most 8) */
  threads?: number;
}

export interface RebuildSummary {
  events: number;
  seconds: number;
  eventsPerSecond: number;
}

/**
 * `npm run projections:rebuild`: empties the read models and replays the whole event store into
 * them. Run it with the API stopped: an API following the same file meanwhile stops its
 * projections at its next batch (the checkpoints say a rebuild is under way) until restarted.
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
    const deadlineRules = loadDeadlineRules(options.deadlineRulesPath);
    const processor = new ProjectionProcessor(store, db, createPlanProjections({ deadlineRules }), {
      parallelReplay: { eventsPath: options.sqlitePath, setup: planProjectionsSetup({ deadlineRules }), threads: options.threads },
    });
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
    deadlineRulesPath: process.env.DEADLINE_RULES_PATH ?? DEFAULT_DEADLINE_RULES_PATH,
    output: process.stdout,
  }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
