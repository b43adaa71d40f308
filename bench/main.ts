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
 * `--quick` shrinks the workloads for a smoke run; `--only <part>[,<part>]` runs some of the parts
 * (event-store, http, projections, reminders).
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  const quick = args.has('--quick');
  const onlyIndex = argv.indexOf('--only');
  const only = onlyIndex >= 0 ? new Set((argv[onlyIndex + 1] ?? '').split(',')) : undefined;
  const runs = (part: string) => !only || only.has(part);
  const dir = mkdtempSync(join(tmpdir(), 'ciclo-bench-'));
  const figures: Record<string, number | string> = { machine_cores: require('node:os').cpus().length };
  try {
    if (runs('event-store')) {
      console.log('== Event store: 1-event appends, store vs raw better-sqlite3 (WAL, synchronous=FULL)');
      Object.assign(figures, await benchEventStore({ dir, quick }));
    }
    if (runs('http')) {
      console.log('== HTTP commands');
      Object.assign(figures, await benchHttp({ dir, quick }));
    }
    if (runs('projections')) {
      console.log('== Projection rebuild');
      Object.assign(figures, await benchProjectionRebuild({ dir, events: quick ? 50_000 : 1_000_000 }));
    }
    if (runs('reminders')) {
      console.log('== Reminders: scheduling on BullMQ vs raw addBulk, reconciliation');
      Object.assign(figures, await benchReminders({ dir, quick }));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (args.has('--json')) console.log(JSON.stringify(figures));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
