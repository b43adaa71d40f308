import type { Plan, ReminderEvent } from '@ciclo/domain';
import type { DecodedEvent } from '../processor/projection';
import type { FieldChange, HistoryEntry } from '../read-models/read-model-types';
import { baseHistoryEntry } from './build-history-entry';
import { deliberaInForce } from './delibera-in-force';

/** Objective deadlines are named `<planId>/objective/<objectiveId>`. */
function objectiveIdOf(deadlineId: string): string | undefined {
  const match = /\/objective\/([^/]+)$/.exec(deadlineId);
  return match?.[1];
}

/**
 * The audit entry of a reminder the worker delivered (or failed to): the Nucleo reads in the plan's
 * history that the owner was told of the deadline, when, how and by whom it was sent.
 */
export function reminderHistoryEntry(event: DecodedEvent, plan: Plan | undefined): HistoryEntry {
  const reminder = event as unknown as ReminderEvent;
  const { deadlineId, kind, channel, recipient, dueDate } = reminder.data;
  const changes: FieldChange[] = [
    { field: 'deadlineId', before: undefined, after: deadlineId },
    { field: 'kind', before: undefined, after: kind },
    { field: 'channel', before: undefined, after: channel },
    { field: 'recipient', before: undefined, after: recipient },
    { field: 'dueDate', before: undefined, after: dueDate },
  ];
  if (reminder.type === 'ReminderFailed') {
    changes.push({ field: 'error', before: undefined, after: reminder.data.error });
  }
  const entry = baseHistoryEntry(event, changes);
  const objectiveId = objectiveIdOf(deadlineId);
  if (objectiveId) {
    entry.objectiveId = objectiveId;
    const centro = plan?.centri.find((c) => c.objectives.some((o) => o.objectiveId === objectiveId));
    if (centro) entry.centroId = centro.centroId;
  }
  const delibera = deliberaInForce(event, plan);
  if (delibera) entry.delibera = delibera;
  return entry;
}
