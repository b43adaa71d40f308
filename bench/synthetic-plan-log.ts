import Database from 'better-sqlite3';
import { SqliteEventStore } from '@ciclo/event-store';
import { PLAN_PHASES, planSeed, type Step } from './synthetic-plan-phases';

const PLANS_PER_TRANSACTION = 500;

/**
 * Writes a realistic log of about `events` events (whole steps; the last plans may stop
 * mid-cycle) into a new store file and returns how many it wrote. Many comuni's plans advance
 * phase by phase side by side, so each plan's events are spread over the global order as in a
 * real year. Rows go straight into the store's `events` table in big transactions: appending a
 * million events through the port would take minutes of fsyncs and measure the store, not the
 * projections. Positions and revisions are those appends would have given.
 */
export async function writeSyntheticPlanLog(path: string, events: number): Promise<number> {
  await SqliteEventStore.open({ path }).close(); // creates the schema
  const db = new Database(path);
  const insert = db.prepare(
    `INSERT INTO events (event_id, stream_name, revision, type, schema_version, data, metadata)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const revisions = new Map<string, number>();
  const writeSteps = db.transaction((steps: Step[]) => {
    for (const step of steps) {
      let revision = revisions.get(step.stream) ?? -1;
      for (const e of step.events) {
        const row = [e.id, step.stream, ++revision, e.type, e.schemaVersion, JSON.stringify(e.data), JSON.stringify(e.metadata)];
        insert.run(row);
      }
      revisions.set(step.stream, revision);
    }
  });

  const eventsPerPlan = PLAN_PHASES.flatMap((phase) => phase(planSeed(0))).reduce((n, step) => n + step.events.length, 0);
  const plans = Math.max(1, Math.ceil(events / eventsPerPlan));
  let written = 0;
  try {
    for (const phase of PLAN_PHASES) {
      for (let first = 0; first < plans && written < events; first += PLANS_PER_TRANSACTION) {
        const count = Math.min(PLANS_PER_TRANSACTION, plans - first);
        const steps = Array.from({ length: count }, (_, i) => phase(planSeed(first + i))).flat();
        writeSteps(steps);
        written += steps.reduce((n, step) => n + step.events.length, 0);
      }
    }
  } finally {
    db.close();
  }
  return written;
}
