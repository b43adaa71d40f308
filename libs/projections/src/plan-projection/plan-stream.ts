import { streamName } from '@ciclo/event-store/port';

/** Plan events live in `plan-<planId>`; other categories (e.g. `delibere-<ente>`) are not plan events. */
export const PLAN_CATEGORY = 'plan';

export function planStreamName(planId: string): string {
  return streamName(PLAN_CATEGORY, planId);
}

/** The plan a stream belongs to: `plan-<planId>`, and `reminders-<planId>` for what the worker delivered. */
export function planIdOfStream(name: string): string {
  return name.slice(name.indexOf('-') + 1);
}
