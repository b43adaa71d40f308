import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PlanEvent } from '@ciclo/domain';
import { SqliteEventStore } from '@ciclo/event-store';
import { loadDeadlineRules, ProjectionDatabase } from '@ciclo/projections';
import { planEvent } from '@ciclo/projections/testing/plan-event';
import { Queue } from 'bullmq';
import { REMINDERS_QUEUE } from '../../../api/src/reminders/reminder-queues';
import { ChangeSignal } from '../calendar/change-signal';
import { WorkerCalendar } from '../calendar/worker-calendar';
import { ReminderClock } from '../infrastructure/reminder-clock';
import { redisOptionsFromUrl } from '../infrastructure/redis-options';
import { ReminderScheduler } from '../scheduling/reminder-scheduler';
import { ScheduleState } from '../scheduling/schedule-state';

export interface ReminderRig {
  dir: string;
  store: SqliteEventStore;
  calendar: WorkerCalendar;
  state: ScheduleState;
  queue: Queue;
  scheduler: ReminderScheduler;
  clock: ReminderClock;
  /** appends plan events to `plan-<planId>` as a command would, recorded at `at` */
  append(planId: string, events: PlanEvent[], at?: string): Promise<number>;
  dispose(): Promise<void>;
}

/** The scheduler's real parts (event store and worker file in a temp folder, BullMQ on a real Redis), without Nest. */
export async function openReminderRig(redisUrl: string, clock: ReminderClock, prefix = `t${Date.now()}`): Promise<ReminderRig> {
  const dir = mkdtempSync(join(tmpdir(), 'ciclo-reminders-'));
  const store = SqliteEventStore.open({ path: join(dir, 'ciclo.sqlite'), pollIntervalMs: 20 });
  const rules = loadDeadlineRules();
  const calendar = new WorkerCalendar(store, ProjectionDatabase.open(join(dir, 'ciclo.reminders.sqlite')), rules, new ChangeSignal(), (error) => {
    throw error;
  });
  const state = new ScheduleState(calendar.db);
  const queue = new Queue(REMINDERS_QUEUE, { connection: redisOptionsFromUrl(redisUrl), prefix });
  const scheduler = new ReminderScheduler(queue, calendar, state, rules, clock, { attempts: 3, backoffMs: 100 });
  await calendar.start();
  return {
    dir,
    store,
    calendar,
    state,
    queue,
    scheduler,
    clock,
    async append(planId, events, at = '2024-09-20T09:00:00.000Z') {
      const appended = await store.append(
        `plan-${planId}`,
        events.map((event) => planEvent(event.type, event.data as never, { at })),
        'any',
      );
      await calendar.catchUp();
      return appended.position;
    },
    async dispose() {
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      await calendar.stop();
      calendar.db.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
