import type { Centro, Objective, Plan, PlanEvent } from '@ciclo/domain';

/** One thing an event changed, seen before and after it; `prefix` starts the field paths. */
export interface TouchedSubject {
  before: object | undefined;
  after: object | undefined;
  prefix?: string;
  skip?: ReadonlySet<string>;
}

/** the plan's own fields, not its centri and variations (they are subjects of their own) */
const PLAN_SKIP = new Set(['planId', 'centri', 'variations', 'revision', 'position', 'updatedAt']);
/** a centro's own fields, not its collections */
const CENTRO_SKIP = new Set(['centroId', 'activities', 'indicators', 'resources', 'objectives']);
/** ids never change and the entry already names its centro and objective */
const ACTIVITY_SKIP = new Set(['activityId']);
const INDICATOR_SKIP = new Set(['indicatorId']);
const OBJECTIVE_SKIP = new Set(['centroId', 'objectiveId']);
const VARIATION_SKIP = new Set(['variationId']);

const centroOf = (plan: Plan | undefined, centroId: string): Centro | undefined =>
  plan?.centri.find((c) => c.centroId === centroId);

function objectiveOf(plan: Plan | undefined, centroId: string | undefined, objectiveId: string): Objective | undefined {
  const centri = plan?.centri ?? [];
  const home = centroId === undefined ? undefined : centroOf(plan, centroId);
  const found = home?.objectives.find((o) => o.objectiveId === objectiveId);
  if (found) return found;
  for (const centro of centri) {
    const objective = centro.objectives.find((o) => o.objectiveId === objectiveId);
    if (objective) return objective;
  }
  return undefined;
}

/**
 * What the event touched, so that the audit entry diffs that alone and not the whole plan.
 * Unknown (future) event types fall back to the plan's own fields.
 */
export function touchedSubjects(event: PlanEvent, before: Plan | undefined, after: Plan): TouchedSubject[] {
  const plan: TouchedSubject = { before, after, skip: PLAN_SKIP };
  switch (event.type) {
    case 'CentroAdded':
    case 'ServiceDescribed':
    case 'CentroSubmitted':
    case 'CentroReturned': {
      const id = event.data.centroId;
      return [{ before: centroOf(before, id), after: centroOf(after, id), skip: CENTRO_SKIP }];
    }
    case 'ActivityAdded':
    case 'ActivityRevised':
    case 'ActivityRemoved': {
      const { centroId, activityId } = event.data;
      const find = (p: Plan | undefined) => centroOf(p, centroId)?.activities.find((a) => a.activityId === activityId);
      return [{ before: find(before), after: find(after), skip: ACTIVITY_SKIP }];
    }
    case 'ActivityIndicatorDefined':
    case 'IndicatorValueRecorded': {
      const { centroId, indicatorId } = event.data;
      const find = (p: Plan | undefined) => centroOf(p, centroId)?.indicators.find((i) => i.indicatorId === indicatorId);
      if (event.type === 'ActivityIndicatorDefined') return [{ before: find(before), after: find(after), skip: INDICATOR_SKIP }];
      return [{ before: find(before)?.values, after: find(after)?.values, prefix: 'values.' }];
    }
    case 'ResourcesRecorded': {
      const id = event.data.centroId;
      return [{ before: centroOf(before, id)?.resources, after: centroOf(after, id)?.resources, prefix: 'resources.' }];
    }
    case 'ObjectiveDrafted':
    case 'ObjectiveRevised':
    case 'ObjectiveWithdrawn':
    case 'MonitoringRecorded':
    case 'ConsuntivoRecorded':
    case 'ObjectiveMilestoneMet':
    case 'ObjectiveDeadlineMoved': {
      const { centroId, objectiveId } = event.data;
      return [
        {
          before: objectiveOf(before, centroId, objectiveId),
          after: objectiveOf(after, centroId, objectiveId),
          skip: OBJECTIVE_SKIP,
        },
      ];
    }
    case 'VariationOpened':
    case 'VariationApproved': {
      const id = event.data.variationId;
      const find = (p: Plan | undefined) => p?.variations.find((v) => v.variationId === id);
      return [{ before: find(before), after: find(after), skip: VARIATION_SKIP }, { ...plan, prefix: 'plan.' }];
    }
    case 'ConsuntivoValidated':
      return [
        plan,
        ...event.data.results.map(({ centroId, objectiveId }) => ({
          before: objectiveOf(before, centroId, objectiveId),
          after: objectiveOf(after, centroId, objectiveId),
          prefix: `objectives.${objectiveId}.`,
          skip: OBJECTIVE_SKIP,
        })),
      ];
    default:
      return [plan];
  }
}
