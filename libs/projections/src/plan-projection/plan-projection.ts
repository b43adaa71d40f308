import { getHeapStatistics } from 'node:v8';
import { evolvePlan, REMINDER_STREAM_CATEGORY, type Plan, type PlanEvent } from '@ciclo/domain';
import { buildHistoryEntry } from '../history/build-history-entry';
import { dropHistory, dropHistoryIndexes, HistoryWriter, migrateHistory } from '../history/history-table';
import { relatedObjectives } from '../history/related-objectives';
import { reminderHistoryEntry } from '../history/reminder-history-entry';
import { dropPlanViews, loadPlanView, migratePlanViews, savePlanView } from '../plan-view/plan-view-table';
import type { DecodedEvent, Projection, Replay } from '../processor/projection';
import type { PlanView } from '../read-models/read-model-types';
import type { ProjectionDatabase } from '../sqlite/projection-database';
import { PLAN_CATEGORY, planIdOfStream } from './plan-stream';

/** A plan in memory and where it stands; updated in place, event after event. */
interface TrackedPlan {
  plan: Plan | undefined;
  position: number;
  updatedAt: string;
}
type PlanStates = Map<string, TrackedPlan>;

export interface PlanProjectionOptions {
  /** share of the V8 heap a rebuild may fill with plans before it writes them out and starts afresh (default 0.5) */
  replayHeapShare?: number;
}

/**
 * Folds plan events into the current plan (plan_views) and, from the plan just before and just
 * after each event, writes its audit entry (plan_history). One projection for both so that the
 * fold runs once per event. The plans a batch touches stay in memory and are written once per
 * batch; during a rebuild they stay in memory for the whole replay and are written at its end.
 */
export class PlanProjection implements Projection {
  readonly name = 'plans';
  /** 2: milestones and deadline moves in their objective's history; 3: the reminders delivered, too */
  readonly version = 3;
  readonly categories = [PLAN_CATEGORY, REMINDER_STREAM_CATEGORY];

  constructor(private readonly options: PlanProjectionOptions = {}) {}

  migrate(db: ProjectionDatabase): void {
    migratePlanViews(db);
    migrateHistory(db);
  }

  reset(db: ProjectionDatabase): void {
    dropPlanViews(db);
    dropHistory(db);
  }

  applyBatch(db: ProjectionDatabase, events: DecodedEvent[], replay?: Replay): void {
    const states: PlanStates = replay ? replayStates(db, replay) : new Map();
    const history = new HistoryWriter(db);
    for (const event of events) {
      const planId = planIdOfStream(event.streamName);
      const tracked = states.get(planId) ?? track(states, planId, loadPlanView(db, planId));
      const before = tracked.plan;
      if (event.streamName.startsWith(`${REMINDER_STREAM_CATEGORY}-`)) {
        history.add(planId, reminderHistoryEntry(event, before), []);
        continue;
      }
      const { recordedAt, actorId } = event.metadata;
      const after = evolvePlan(before, event as PlanEvent, { recordedAt, actorId });
      history.add(planId, buildHistoryEntry(event, before, after), relatedObjectives(event));
      tracked.plan = after;
      tracked.position = event.position;
      tracked.updatedAt = recordedAt;
    }
    history.flush();
    if (!replay) saveAll(db, states);
    else if (heapUsedShare() > (this.options.replayHeapShare ?? 0.5)) {
      saveAll(db, states);
      states.clear();
    }
  }

  endReplay(db: ProjectionDatabase, replay: Replay): void {
    saveAll(db, replayStates(db, replay));
    migrateHistory(db);
  }
}

/** The replay's plans; on its first batch the history indexes go, to be built once at the end. */
function replayStates(db: ProjectionDatabase, replay: Replay): PlanStates {
  let states = replay.memory.get('plans') as PlanStates | undefined;
  if (!states) {
    states = new Map();
    replay.memory.set('plans', states);
    dropHistoryIndexes(db);
  }
  return states;
}

function heapUsedShare(): number {
  const heap = getHeapStatistics();
  return heap.used_heap_size / heap.heap_size_limit;
}

function track(states: PlanStates, planId: string, view: PlanView | undefined): TrackedPlan {
  let tracked: TrackedPlan = { plan: undefined, position: 0, updatedAt: '' };
  if (view) {
    const { position, updatedAt, ...plan } = view;
    tracked = { plan, position, updatedAt };
  }
  states.set(planId, tracked);
  return tracked;
}

function saveAll(db: ProjectionDatabase, states: PlanStates): void {
  for (const { plan, position, updatedAt } of states.values()) {
    if (plan) savePlanView(db, { ...plan, position, updatedAt });
  }
}
