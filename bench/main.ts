import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchEventStore } from './event-store.bench';
import { benchHttp } from './http.bench';
import { benchProjectionRebuild } from './projections.bench';
import { benchReminders } from './reminders.bench';

/**
 * `npm run bench` prints every figure with its comparison measured in the same run;
 * `npm run bench -- --json` also prints them as one JSON object on the last line.
 * `--quick` shrinks the workloads for a smoke run.
 */
async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const quick = args.has('--quick');
  const dir = mkdtempSync(join(tmpdir(), 'ciclo-bench-'));
  const figures: Record<string, number | string> = { machine_cores: require('node:os').cpus().length };
  try {
    console.log('== Event store: 1-event appends, store vs raw better-sqlite3 (WAL, synchronous=FULL)');
    Object.assign(figures, await benchEventStore({ dir, quick }));
    console.log('== HTTP commands');
    Object.assign(figures, await benchHttp({ dir, quick }));
    console.log('== Projection rebuild');
    Object.assign(figures, await benchProjectionRebuild({ dir, events: quick ? 50_000 : 1_000_000 }));
    console.log('== Reminders: scheduling on BullMQ vs raw addBulk, reconciliation');
    Object.assign(figures, await benchReminders({ dir, quick }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (args.has('--json')) console.log(JSON.stringify(figures));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
