import { getHeapStatistics } from 'node:v8';
import { evolvePlan, REMINDER_STREAM_CATEGORY, type Plan, type PlanEvent } from '@ciclo/domain';
import { buildHistoryEntry } from '../history/build-history-entry';
import { dropHistory, dropHistoryIndexes, HistoryWriter, migrateHistory } from '../history/history-table';
import { relatedObjectives } from '../history/related-objectives';
import { reminderHistoryEntry } from '../history/reminder-history-entry';
import { dropPlanViews, loadPlanView, migratePlanViews, savePlanView } from '../plan-view/plan-view-table';
import type { DecodedEvent, Projection, Replay } from '../processor/projection';
import { RecentStates } from '../processor/recent-states';
import type { PlanView } from '../read-models/read-model-types';
import type { ProjectionDatabase } from '../sqlite/projection-database';
import { PLAN_CATEGORY, planIdOfStream } from './plan-stream';

/** A plan in memory and where it stands; updated in place, event after event. */
interface TrackedPlan {
  plan: Plan | undefined;
  position: number;
  updatedAt: string;
  /** changed since it was last written */
  dirty: boolean;
}
type PlanStates = Map<string, TrackedPlan>;

/** plans kept in memory between batches while following the store (a plan is tens of KB) */
const RECENT_PLANS = 256;

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
  /**
   * 2: milestones and deadline moves in their objective's history; 3: the reminders delivered, too;
   * 4: history entries stored compact, one index fewer; 5: history clustered by plan, no index by centro
   */
  readonly version = 5;
  readonly categories = [PLAN_CATEGORY, REMINDER_STREAM_CATEGORY];
  readonly replaysPerPlan = true;

  /** the plans recent batches wrote: the next command on a plan neither reads nor parses its row */
  private readonly recent = new RecentStates<TrackedPlan>(RECENT_PLANS);

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
      const tracked = states.get(planId) ?? this.track(db, states, planId, !replay);
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
      tracked.dirty = true;
    }
    history.flush();
    if (!replay) {
      saveDirty(db, states);
      for (const [planId, tracked] of states) this.recent.set(planId, tracked);
    } else if (heapUsedShare() > (this.options.replayHeapShare ?? 0.5)) {
      saveDirty(db, states);
      states.clear();
    }
  }

  forget(): void {
    this.recent.clear();
  }

  /** the history indexes dropped by the replay come back with `migrate`, which follows */
  endReplay(db: ProjectionDatabase, replay: Replay): void {
    saveDirty(db, replayStates(db, replay));
  }

  /** the plan as the last batch left it: from memory when a recent batch wrote it, else from its row */
  private track(db: ProjectionDatabase, states: PlanStates, planId: string, useRecent: boolean): TrackedPlan {
    const tracked = (useRecent ? this.recent.get(planId) : undefined) ?? fromView(loadPlanView(db, planId));
    states.set(planId, tracked);
    return tracked;
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

function fromView(view: PlanView | undefined): TrackedPlan {
  if (!view) return { plan: undefined, position: 0, updatedAt: '', dirty: false };
  const { position, updatedAt, ...plan } = view;
  return { plan, position, updatedAt, dirty: false };
}

/** writes the plans events changed (a reminder's audit entry changes no plan) */
function saveDirty(db: ProjectionDatabase, states: PlanStates): void {
  for (const tracked of states.values()) {
    if (!tracked.dirty || !tracked.plan) continue;
    savePlanView(db, { ...tracked.plan, position: tracked.position, updatedAt: tracked.updatedAt });
    tracked.dirty = false;
  }
}
