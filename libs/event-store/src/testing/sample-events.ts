import { randomUUID } from 'node:crypto';
import { EventToAppend } from '../port';

/** A stream nobody else uses: tests must not depend on the store being empty. */
export function freshStreamName(category = 'conformance'): string {
  return `${category}-${randomUUID()}`;
}

/** An event with data that exercises JSON: nesting, unicode, euro amounts, null, arrays. */
export function sampleEvent(label = 'x', overrides: Partial<EventToAppend> = {}): EventToAppend {
  const id = overrides.id ?? randomUUID();
  return {
    id,
    type: 'ObjectiveDrafted',
    schemaVersion: 1,
    data: {
      label,
      title: 'Piano di Diritto allo Studio a.s. 2024/2025 — entro ottobre',
      points: 30,
      amount: { euro: 319680.1, text: '€ 319.680,10' },
      note: null,
      indicators: ['Atti protocollati', 'Atti deliberativi'],
    },
    metadata: {
      actorId: 'person-roberto-togni',
      actorRole: 'responsabile',
      commandId: `command-${id}`,
      correlationId: `correlation-${id}`,
      causationId: `command-${id}`,
      recordedAt: '2024-04-09T10:00:00.000Z',
    },
    ...overrides,
  };
}

export function sampleEvents(count: number, label = 'x'): EventToAppend[] {
  return Array.from({ length: count }, (_, i) => sampleEvent(`${label}${i}`));
}

/** The part of a stored event that must come back exactly as appended, in a comparable form. */
export function appendedPart(event: EventToAppend): string {
  const { id, type, schemaVersion, data, metadata } = event;
  return JSON.stringify({ id, type, schemaVersion, data, metadata });
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
