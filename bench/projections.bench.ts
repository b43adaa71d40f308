import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DEADLINE_RULES_PATH } from '@ciclo/projections';
import { rebuildProjections } from '../apps/cli/src/rebuild-projections';
import { writeSyntheticPlanLog } from './synthetic-plan-log';

/**
 * Rebuild of every read model the API follows (current plan, audit history, deadlines,
 * notifications) from a realistic log of `events` events (default 1,000,000), exactly as
 * `npm run projections:rebuild` runs it (replay threads included).
 * Target: 1,000,000 events in under 30 s on the 2-core machine.
 */
export async function benchProjectionRebuild(opts: { dir: string; events?: number }): Promise<Record<string, number>> {
  const target = opts.events ?? 1_000_000;
  const tag = randomUUID().slice(0, 8);
  const eventsPath = join(opts.dir, `projections-bench-${tag}.sqlite`);
  const generationStarted = performance.now();
  const written = await writeSyntheticPlanLog(eventsPath, target);
  // the OS is still writing the generator's ~700 MB out: wait for it, so the rebuild is not charged with it
  const file = openSync(eventsPath, 'r+');
  fsyncSync(file);
  closeSync(file);
  const generationSeconds = (performance.now() - generationStarted) / 1000;
  console.log(`generated ${written} plan and delibera events in ${generationSeconds.toFixed(1)} s`);

  const projectionsPath = join(opts.dir, `projections-bench-${tag}.projections.sqlite`);
  try {
    const cpuBefore = process.cpuUsage();
    const { events, seconds, eventsPerSecond } = await rebuildProjections({
      sqlitePath: eventsPath,
      projectionsPath,
      deadlineRulesPath: DEFAULT_DEADLINE_RULES_PATH,
      output: { write: () => undefined },
    });
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    console.log(
      `projection rebuild (current plan, history, deadlines, notifications): ${events} events in ${seconds.toFixed(1)} s ` +
        `(${cpuSeconds.toFixed(1)} s CPU in all threads), ${Math.round(eventsPerSecond)} events/s; target: 1,000,000 in < 30 s`,
    );
    return {
      rebuild_events: events,
      rebuild_seconds: Math.round(seconds * 100) / 100,
      rebuild_events_per_s: Math.round(eventsPerSecond),
      rebuild_cpu_seconds: Math.round(cpuSeconds * 100) / 100,
    };
  } finally {
    // a million events leave close to 2 GB behind
    for (const file of [eventsPath, projectionsPath]) {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
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
