import type { ConsuntivoValidated } from '@ciclo/domain';
import type { DecodedEvent } from '../processor/projection';

export interface ObjectiveRef {
  centroId: string;
  objectiveId: string;
}

/**
 * The objectives an event concerns besides the single centro/objective of its entry: the Nucleo's
 * validation settles many objectives at once, and each objective's history must show it.
 */
const NONE: readonly ObjectiveRef[] = [];

export function relatedObjectives(event: DecodedEvent): readonly ObjectiveRef[] {
  if (event.type !== 'ConsuntivoValidated') return NONE;
  const { results } = (event as unknown as ConsuntivoValidated).data;
  return results.map(({ centroId, objectiveId }) => ({ centroId, objectiveId }));
}
