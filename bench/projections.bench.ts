import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteEventStore } from '@ciclo/event-store';
import { createPlanProjections, ProjectionDatabase, ProjectionProcessor } from '@ciclo/projections';
import { useRebuildHeapSettings } from '../apps/cli/src/rebuild-heap-settings';
import { writeSyntheticPlanLog } from './synthetic-plan-log';

/**
 * Rebuild of the plan read models (current plan + audit history) from a realistic log of
 * `events` events (default 1,000,000), as `npm run projections:rebuild` runs it.
 * Target: 1,000,000 events in under 30 s on the 2-core machine.
 */
export async function benchProjectionRebuild(opts: { dir: string; events?: number }): Promise<Record<string, number>> {
  useRebuildHeapSettings();
  const target = opts.events ?? 1_000_000;
  const tag = randomUUID().slice(0, 8);
  const eventsPath = join(opts.dir, `projections-bench-${tag}.sqlite`);
  const generationStarted = performance.now();
  const written = await writeSyntheticPlanLog(eventsPath, target);
  const generationSeconds = (performance.now() - generationStarted) / 1000;
  console.log(`generated ${written} plan and delibera events in ${generationSeconds.toFixed(1)} s`);

  const store = SqliteEventStore.open({ path: eventsPath });
  const projectionsPath = join(opts.dir, `projections-bench-${tag}.projections.sqlite`);
  const db = ProjectionDatabase.open(projectionsPath);
  try {
    const processor = new ProjectionProcessor(store, db, createPlanProjections());
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const { events } = await processor.rebuild();
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const perSecond = events / seconds;
    console.log(
      `projection rebuild (current plan + history): ${events} events in ${seconds.toFixed(1)} s ` +
        `(${cpuSeconds.toFixed(1)} s CPU), ${Math.round(perSecond)} events/s; target: 1,000,000 in < 30 s`,
    );
    return {
      rebuild_events: events,
      rebuild_seconds: Math.round(seconds * 100) / 100,
      rebuild_events_per_s: Math.round(perSecond),
      rebuild_cpu_seconds: Math.round(cpuSeconds * 100) / 100,
    };
  } finally {
    db.close();
    await store.close();
    // a million events leave close to 2 GB behind
    for (const file of [eventsPath, projectionsPath]) {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    }
  }
}

/** `ts-node bench/projections.bench.ts [dir] [events]` runs this benchmark alone. */
if (require.main === module) {
  const dir = process.argv[2] ?? require('node:os').tmpdir();
  const events = process.argv[3] ? Number(process.argv[3]) : undefined;
  benchProjectionRebuild({ dir, events }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
