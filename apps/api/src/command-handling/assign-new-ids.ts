import { PlanCommand } from '@ciclo/domain';
import { derivedId } from './derived-id';

/** The field of each creating command that names the new thing. */
const NEW_ID_FIELD: Partial<Record<PlanCommand['type'], string>> = {
  AddCentro: 'centroId',
  AddActivity: 'activityId',
  DefineActivityIndicator: 'indicatorId',
  DraftObjective: 'objectiveId',
  OpenVariation: 'variationId',
};

/**
 * Fills the ids of what a command creates, derived from the command id: the same command sent
 * again names the same things, so it cannot create them twice.
 */
export function assignNewIds(command: PlanCommand, commandId: string): PlanCommand {
  const planId = command.type === 'CreatePlan' && !command.planId ? derivedId(commandId, 'plan') : command.planId;
  const field = NEW_ID_FIELD[command.type];
  if (!field) return { ...command, planId } as PlanCommand;
  const data = command.data as unknown as Record<string, unknown>;
  const id = data[field] ? data[field] : derivedId(commandId, field);
  return { ...command, planId, data: { ...data, [field]: id } } as PlanCommand;
}

/** The ids a command created, for its response. */
export function createdIds(command: PlanCommand): Record<string, string> {
  const field = NEW_ID_FIELD[command.type];
  if (!field) return {};
  return { [field]: (command.data as unknown as Record<string, string>)[field] };
}
