import { randomUUID } from 'node:crypto';
import { EVENT_SCHEMA_VERSIONS, type PlanEvent } from '@ciclo/domain';
import type { EventToAppend } from '@ciclo/event-store';

export interface PlanEventOptions {
  /** ISO timestamp of the command's clock */
  at: string;
  actor?: { id: string; role: string };
  commandType?: string;
  correlationId?: string;
}

const SEGRETARIO = { id: 'person-segretario', role: 'segretario' };

/** A plan event ready to append, with the metadata a command handler would give it. */
export function planEvent<T extends PlanEvent['type']>(
  type: T,
  data: Extract<PlanEvent, { type: T }>['data'],
  options: PlanEventOptions,
): EventToAppend {
  const commandId = randomUUID();
  const actor = options.actor ?? SEGRETARIO;
  return {
    id: randomUUID(),
    type,
    schemaVersion: EVENT_SCHEMA_VERSIONS[type],
    data,
    metadata: {
      actorId: actor.id,
      actorRole: actor.role,
      commandId,
      correlationId: options.correlationId ?? commandId,
      causationId: commandId,
      recordedAt: options.at,
      ...(options.commandType ? { commandType: options.commandType } : {}),
    },
  };
}
