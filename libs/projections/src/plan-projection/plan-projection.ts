import { evolvePlan, type PlanEvent } from '@ciclo/domain';
import { buildHistoryEntry } from '../history/build-history-entry';
import { dropHistory, dropHistoryIndexes, HistoryWriter, migrateHistory } from '../history/history-table';
import { relatedObjectives } from '../history/related-objectives';
import { dropPlanViews, loadPlanView, migratePlanViews, savePlanView } from '../plan-view/plan-view-table';
import type { DecodedEvent, Projection, Replay } from '../processor/projection';
import type { PlanView } from '../read-models/read-model-types';
import type { ProjectionDatabase } from '../sqlite/projection-database';
import { PLAN_CATEGORY, planIdOfStream } from './plan-stream';

type PlanStates = Map<string, PlanView | undefined>;

/** plans a replay keeps in memory before it writes them out and starts afresh */
const MAX_REPLAY_PLANS = 20_000;

/**
 * Folds plan events into the current plan (plan_views) and, from the plan just before and just
 * after each event, writes its audit entry (plan_history). One projection for both so that the
 * fold runs once per event. The plans a batch touches stay in memory and are written once per
 * batch; during a rebuild they stay in memory for the whole replay and are written at its end.
 */
export class PlanProjection implements Projection {
  readonly name = 'plans';
  readonly version = 1;
  readonly categories = [PLAN_CATEGORY];

  migrate(db: ProjectionDatabase): void {
    migratePlanViews(db);
    migrateHistory(db);
  }

  reset(db: ProjectionDatabase): void {
    dropPlanViews(db);
    dropHistory(db);
  }

  applyBatch(db: ProjectionDatabase, events: DecodedEvent[], replay?: Replay): void {
    const states = replay ? replayStates(db, replay) : new Map<string, PlanView | undefined>();
    const history = new HistoryWriter(db);
    for (const event of events) {
      const planId = planIdOfStream(event.streamName);
      const before = states.has(planId) ? states.get(planId) : loadPlanView(db, planId);
      const { recordedAt, actorId } = event.metadata;
      const plan = evolvePlan(before, event as PlanEvent, { recordedAt, actorId });
      const after: PlanView = { ...plan, position: event.position, updatedAt: recordedAt };
      history.add(planId, buildHistoryEntry(event, before, after), relatedObjectives(event));
      states.set(planId, after);
    }
    history.flush();
    if (!replay) saveAll(db, states);
    else if (states.size > MAX_REPLAY_PLANS) {
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

function saveAll(db: ProjectionDatabase, states: PlanStates): void {
  for (const view of states.values()) if (view) savePlanView(db, view);
}
