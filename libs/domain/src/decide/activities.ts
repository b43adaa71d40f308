import { PlanCommandType } from '../commands/plan-commands';
import { RuleViolationError } from '../errors/domain-errors';
import { Centro, Plan } from '../plan/plan-state';
import { CommandDeciders } from './command-deciders';
import { assertCentroEditable, isInsideOpenVariation } from './editing-window';
import { requireActivity, requireCentro, requireIndicator } from './lookups';
import { structurallyEqual } from './structural-equal';
import { isPositiveInteger, requireText } from './text-rules';

type ActivityCommands =
  | 'AddActivity'
  | 'ReviseActivity'
  | 'RemoveActivity'
  | 'DefineActivityIndicator'
  | 'RecordIndicatorValue';

export const activityDeciders: CommandDeciders<ActivityCommands> = {
  AddActivity: ({ planId, type, data }, plan) => {
    const centro = requireCentro(plan, data.centroId);
    assertCentroEditable(type, plan, centro);
    if (centro.activities.some((a) => a.activityId === data.activityId)) {
      throw new RuleViolationError(`activity ${data.activityId} already exists in centro ${centro.code}`, 'activity_id_exists');
    }
    assertActivityNumber(data.number);
    requireText(data.description, 'the description of an activity', 'activity_description_required');
    const { centroId, activityId, number, description, subItems = [] } = data;
    return [{ type: 'ActivityAdded', data: { planId, centroId, activityId, number, description, subItems } }];
  },

  ReviseActivity: ({ planId, type, data }, plan) => {
    const centro = requireCentro(plan, data.centroId);
    const activity = requireActivity(centro, data.activityId);
    assertCentroEditable(type, plan, centro);
    if (data.number !== undefined) assertActivityNumber(data.number);
    if (data.description !== undefined) {
      requireText(data.description, 'the description of an activity', 'activity_description_required');
    }
    const revised = {
      number: data.number ?? activity.number,
      description: data.description ?? activity.description,
      subItems: data.subItems ?? activity.subItems,
    };
    const { activityId: _id, ...current } = activity;
    if (structurallyEqual(revised, current)) return [];
    return [{ type: 'ActivityRevised', data: { planId, centroId: centro.centroId, activityId: activity.activityId, ...revised } }];
  },

  RemoveActivity: ({ planId, type, data }, plan) => {
    const centro = requireCentro(plan, data.centroId);
    requireActivity(centro, data.activityId);
    assertCentroEditable(type, plan, centro);
    return [{ type: 'ActivityRemoved', data: { planId, centroId: centro.centroId, activityId: data.activityId } }];
  },

  DefineActivityIndicator: ({ planId, type, data }, plan) => {
    const centro = requireCentro(plan, data.centroId);
    assertCentroEditable(type, plan, centro);
    if (centro.indicators.some((i) => i.indicatorId === data.indicatorId)) {
      throw new RuleViolationError(`indicator ${data.indicatorId} already exists in centro ${centro.code}`, 'indicator_id_exists');
    }
    requireText(data.area, 'the area of an indicator', 'indicator_area_required');
    requireText(data.description, 'the description of an indicator', 'indicator_description_required');
    const { centroId, indicatorId, area, description, activityNumber } = data;
    return [
      {
        type: 'ActivityIndicatorDefined',
        data: { planId, centroId, indicatorId, area, description, ...(activityNumber !== undefined ? { activityNumber } : {}) },
      },
    ];
  },

  RecordIndicatorValue: ({ planId, type, data }, plan) => {
    const centro = requireCentro(plan, data.centroId);
    requireIndicator(centro, data.indicatorId);
    if (!Number.isInteger(data.year)) {
      throw new RuleViolationError(`the year of a value must be an integer, got ${data.year}`, 'indicator_year_invalid');
    }
    assertIndicatorValueWritable(type, plan, centro, data.year);
    const { centroId, indicatorId, year, value } = data;
    return [{ type: 'IndicatorValueRecorded', data: { planId, centroId, indicatorId, year, value } }];
  },
};

function assertActivityNumber(number: number): void {
  if (!isPositiveInteger(number)) {
    throw new RuleViolationError(`an activity number must be a positive integer, got ${number}`, 'activity_number_invalid');
  }
}

/**
 * Before approval values are part of the draft. After it, the actual measurements of the plan
 * year (and later ones) keep coming in; the history before it is frozen except in a variation.
 */
function assertIndicatorValueWritable(commandType: PlanCommandType, plan: Plan, centro: Centro, year: number): void {
  if (plan.status === 'drafting' || isInsideOpenVariation(plan)) {
    assertCentroEditable(commandType, plan, centro);
    return;
  }
  if (year < plan.year) {
    throw new RuleViolationError(
      `values for ${year} are frozen since the plan was approved; only ${plan.year} and later can be recorded outside a variation`,
      'indicator_year_frozen',
    );
  }
}
