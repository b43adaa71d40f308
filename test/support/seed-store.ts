import type { PlanEvent } from '@ciclo/domain';
import { SqliteEventStore } from '@ciclo/event-store';
import { planEvent } from '@ciclo/projections/testing/plan-event';

/** Appends plan events to `plan-<planId>` of the SQLite file, as commands would have, then closes it. */
export async function seedPlan(sqlitePath: string, planId: string, events: PlanEvent[], at: string): Promise<void> {
  const store = SqliteEventStore.open({ path: sqlitePath });
  try {
    await store.append(`plan-${planId}`, events.map((event) => planEvent(event.type, event.data as never, { at })), 'any');
  } finally {
    await store.close();
  }
}
