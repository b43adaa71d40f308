import { EVENT_SCHEMA_VERSIONS, PlanEvent } from '@ciclo/domain';
import { EventToAppend } from '@ciclo/event-store';
import { CommandEnvelope } from './execute-plan-command';
import { derivedId } from './derived-id';

/** Wraps a domain event with its stored type, schema version and the metadata every event carries. */
export function toEventToAppend(
  event: { type: string; data: unknown },
  envelope: CommandEnvelope,
  commandType: string,
  recordedAt: string,
  idPath: string,
  extraMetadata: Record<string, unknown> = {},
): EventToAppend {
  return {
    id: derivedId(envelope.commandId, idPath),
    type: event.type,
    schemaVersion: EVENT_SCHEMA_VERSIONS[event.type as PlanEvent['type']],
    data: event.data,
    metadata: {
      actorId: envelope.actor.id,
      actorRole: envelope.actor.role,
      ...(envelope.principal.name ? { actorName: envelope.principal.name } : {}),
      commandId: envelope.commandId,
      commandType,
      correlationId: envelope.correlationId,
      causationId: envelope.causationId,
      recordedAt,
      ...extraMetadata,
    },
  };
}
