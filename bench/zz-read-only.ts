import { SqliteEventStore } from '@ciclo/event-store';
import { decodeEvent, evolvePlan } from '@ciclo/domain';
async function main() {
  const store = SqliteEventStore.open({ path: process.argv[2] });
  let t = performance.now(); let c0 = process.cpuUsage();
  let pos = 0, n = 0;
  const states = new Map<string, any>();
  for (;;) {
    const b = await store.readAll({ after: pos, limit: 10000 });
    if (!b.length) break;
    if (process.argv[3]) for (const e of b) {
      if (!e.streamName.startsWith('plan-')) continue;
      const d = decodeEvent(e.type, e.schemaVersion, e.data);
      states.set(e.streamName, evolvePlan(states.get(e.streamName), d as any, e.metadata));
    }
    n += b.length; pos = b[b.length - 1].position;
  }
  const c = process.cpuUsage(c0);
  console.log('read', n, 'wall', ((performance.now() - t) / 1000).toFixed(2), 'cpu', ((c.user + c.system) / 1e6).toFixed(2));
  await store.close();
}
main();
