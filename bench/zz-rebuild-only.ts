require('v8').setFlagsFromString(process.env.V8FLAGS ?? '');
import { SqliteEventStore } from '@ciclo/event-store';
import { createPlanProjections, ProjectionDatabase, ProjectionProcessor } from '@ciclo/projections';
import { rmSync } from 'node:fs';
async function main() {
  const [src, out] = process.argv.slice(2);
  rmSync(out, { force: true }); rmSync(out + '-wal', { force: true }); rmSync(out + '-shm', { force: true });
  const store = SqliteEventStore.open({ path: src });
  const db = ProjectionDatabase.open(out);
  const p = new ProjectionProcessor(store, db, createPlanProjections(), { rebuildBatchSize: Number(process.env.BATCH ?? 10000) });
  const t = performance.now(); const c0 = process.cpuUsage();
  const r = await p.rebuild();
  const s = (performance.now() - t) / 1000;
  const c = process.cpuUsage(c0); console.log(r.events, 'wall', s.toFixed(2), 'cpu', ((c.user + c.system) / 1e6).toFixed(2), 'user', (c.user/1e6).toFixed(2), Math.round(r.events / s));
  db.close(); await store.close();
}
main();
