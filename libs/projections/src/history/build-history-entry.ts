import type { Plan, PlanEvent } from '@ciclo/domain';
import type { DecodedEvent } from '../processor/projection';
import type { FieldChange, HistoryEntry } from '../read-models/read-model-types';
import { deliberaInForce } from './delibera-in-force';
import { fieldChanges } from './field-changes';
import { touchedSubjects } from './touched-subjects';

/** The audit entry of one plan event, given the plan just before and just after it. */
export function buildHistoryEntry(event: DecodedEvent, before: Plan | undefined, after: Plan): HistoryEntry {
  const data = event.data as { centroId?: string; objectiveId?: string; variationId?: string };
  const changes = touchedSubjects(event as PlanEvent, before, after).flatMap((s) =>
    fieldChanges(s.before, s.after, s.prefix, s.skip),
  );
  const entry = baseHistoryEntry(event, changes);
  if (data.centroId !== undefined) entry.centroId = data.centroId;
  if (data.objectiveId !== undefined) entry.objectiveId = data.objectiveId;
  const delibera = deliberaInForce(event, before);
  if (delibera) entry.delibera = delibera;
  const variationId = data.variationId ?? before?.openVariationId;
  if (variationId !== undefined) entry.variationId = variationId;
  return entry;
}

/** What every audit entry says: which event, who, through which command, when. */
export function baseHistoryEntry(event: DecodedEvent, changes: FieldChange[]): HistoryEntry {
  const { metadata } = event;
  const entry: HistoryEntry = {
    position: event.position,
    revision: event.revision,
    recordedAt: metadata.recordedAt,
    eventType: event.type,
    commandId: metadata.commandId,
    correlationId: metadata.correlationId,
    actor: { id: metadata.actorId, role: metadata.actorRole },
    changes,
  };
  if (typeof metadata.commandType === 'string') entry.commandType = metadata.commandType;
  return entry;
}
