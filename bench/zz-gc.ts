require('v8').setFlagsFromString('--max-semi-space-size=64');
import { SqliteEventStore } from '@ciclo/event-store';
import { createPlanProjections, ProjectionDatabase, ProjectionProcessor } from '@ciclo/projections';
import { rmSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
const gc: Record<string, number> = {};
new PerformanceObserver((list) => { for (const e of list.getEntries()) { const k = String((e as any).detail?.kind); gc[k] = (gc[k] ?? 0) + e.duration; } }).observe({ entryTypes: ['gc'] });
async function main() {
  const [src, out] = process.argv.slice(2);
  for (const s of ['', '-wal', '-shm']) rmSync(out + s, { force: true });
  const store = SqliteEventStore.open({ path: src });
  const db = ProjectionDatabase.open(out);
  const p = new ProjectionProcessor(store, db, createPlanProjections());
  let peak = 0;
  const t = performance.now();
  await p.rebuild(() => { peak = Math.max(peak, process.memoryUsage().heapUsed); });
  console.log('wall', ((performance.now() - t) / 1000).toFixed(1), 'peak heap MB', (peak / 1e6).toFixed(0), 'gc ms by kind', gc);
  db.close(); await store.close();
}
main();
