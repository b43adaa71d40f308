import { EventHandlers } from './evolve-handlers';
import { replaceWhere, updateCentro } from './plan-updates';

type ActivityEvents =
  | 'ActivityAdded'
  | 'ActivityRevised'
  | 'ActivityRemoved'
  | 'ActivityIndicatorDefined'
  | 'IndicatorValueRecorded';

export const activityHandlers: EventHandlers<ActivityEvents> = {
  ActivityAdded: (plan, { centroId, activityId, number, description, subItems }) =>
    updateCentro(plan, centroId, (centro) => ({
      ...centro,
      activities: [...centro.activities, { activityId, number, description, subItems }],
    })),

  ActivityRevised: (plan, { centroId, activityId, number, description, subItems }) =>
    updateCentro(plan, centroId, (centro) => ({
      ...centro,
      activities: replaceWhere(
        centro.activities,
        (a) => a.activityId === activityId,
        () => ({ activityId, number, description, subItems }),
      ),
    })),

  ActivityRemoved: (plan, { centroId, activityId }) =>
    updateCentro(plan, centroId, (centro) => ({
      ...centro,
      activities: centro.activities.filter((a) => a.activityId !== activityId),
    })),

  ActivityIndicatorDefined: (plan, { centroId, indicatorId, area, description, activityNumber }) =>
    updateCentro(plan, centroId, (centro) => ({
      ...centro,
      indicators: [
        ...centro.indicators,
        { indicatorId, area, description, ...(activityNumber !== undefined ? { activityNumber } : {}), values: {} },
      ],
    })),

  IndicatorValueRecorded: (plan, { centroId, indicatorId, year, value }) =>
    updateCentro(plan, centroId, (centro) => ({
      ...centro,
      indicators: replaceWhere(
        centro.indicators,
        (i) => i.indicatorId === indicatorId,
        (indicator) => ({ ...indicator, values: { ...indicator.values, [String(year)]: value } }),
      ),
    })),
};
