import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchEventStore } from './event-store.bench';
import { describeHostCpu, HostCpuWatch } from './host-cpu';
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
  const figures: Record<string, number | string> = { machine_cores: require('node:os').cpus().length };
  const parts: [name: string, title: string, run: (dir: string) => Promise<Record<string, number | string>>][] = [
    ['event-store', 'Event store: 1-event appends, store vs raw better-sqlite3 (WAL, synchronous=FULL)', (dir) => benchEventStore({ dir, quick })],
    ['http', 'HTTP commands', (dir) => benchHttp({ dir, quick })],
    ['projections', 'Projection rebuild', (dir) => benchProjectionRebuild({ dir, events: quick ? 50_000 : 1_000_000 })],
    ['reminders', 'Reminders: scheduling on BullMQ vs raw addBulk, reconciliation', (dir) => benchReminders({ dir, quick })],
  ];
  for (const [name, title, run] of parts) {
    if (only && !only.has(name)) continue;
    console.log(`== ${title}`);
    const dir = mkdtempSync(join(tmpdir(), `ciclo-bench-${name}-`));
    try {
      const host = new HostCpuWatch();
      Object.assign(figures, await run(dir));
      // a part's figures move with what else the machine and its hypervisor were doing
      const shares = host.shares();
      console.log(`(during this part: ${describeHostCpu(shares)})`);
      if (shares) figures[`${name.replace('-', '_')}_host_steal_pct`] = shares.stealPct;
    } finally {
      rmSync(dir, { recursive: true, force: true });
      // the next part must not measure this one's files still being written back to the disk
      spawnSync('sync');
    }
  }
  if (args.has('--json')) console.log(JSON.stringify(figures));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
