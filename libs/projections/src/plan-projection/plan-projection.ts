import { evolvePlan, type PlanEvent } from '@ciclo/domain';
import { buildHistoryEntry } from '../history/build-history-entry';
import { dropHistory, insertHistoryEntry, migrateHistory } from '../history/history-table';
import { relatedObjectives } from '../history/related-objectives';
import { dropPlanViews, loadPlanView, migratePlanViews, savePlanView } from '../plan-view/plan-view-table';
import type { DecodedEvent, Projection } from '../processor/projection';
import type { PlanView } from '../read-models/read-model-types';
import type { ProjectionDatabase } from '../sqlite/projection-database';
import { PLAN_CATEGORY, planIdOfStream } from './plan-stream';

/**
 * Folds plan events into the current plan (plan_views) and, from the plan just before and just
 * after each event, writes its audit entry (plan_history). One projection for both so that the
 * fold runs once per event; the plans a batch touches stay in memory and are written once.
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

  applyBatch(db: ProjectionDatabase, events: DecodedEvent[]): void {
    const touched = new Map<string, PlanView | undefined>();
    for (const event of events) {
      const planId = planIdOfStream(event.streamName);
      const before = touched.has(planId) ? touched.get(planId) : loadPlanView(db, planId);
      const { recordedAt, actorId } = event.metadata;
      const plan = evolvePlan(before, event as PlanEvent, { recordedAt, actorId });
      const after: PlanView = { ...plan, position: event.position, updatedAt: recordedAt };
      insertHistoryEntry(db, planId, buildHistoryEntry(event, before, after), relatedObjectives(event));
      touched.set(planId, after);
    }
    for (const view of touched.values()) if (view) savePlanView(db, view);
  }
}
