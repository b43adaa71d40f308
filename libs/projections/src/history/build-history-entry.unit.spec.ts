import { evolvePlan, type Plan, type PlanEvent } from '@ciclo/domain';
import type { DecodedEvent } from '../processor/projection';
import { buildHistoryEntry } from './build-history-entry';

const planId = 'levate-2024';
let position = 0;

function decoded(event: PlanEvent, recordedAt = '2024-01-10T09:00:00.000Z'): DecodedEvent {
  position += 1;
  return {
    id: `event-${position}`,
    streamName: `plan-${planId}`,
    revision: position - 1,
    position,
    type: event.type,
    data: event.data,
    metadata: {
      actorId: 'person-roberto-togni',
      actorRole: 'responsabile',
      commandId: `command-${position}`,
      correlationId: `command-${position}`,
      causationId: `command-${position}`,
      recordedAt,
    },
  };
}

/** Folds the events and returns the audit entry of the last one. */
function entryOf(...events: PlanEvent[]) {
  let plan: Plan | undefined;
  let last;
  for (const event of events) {
    const stored = decoded(event);
    const after = evolvePlan(plan, event, { recordedAt: stored.metadata.recordedAt, actorId: stored.metadata.actorId });
    last = buildHistoryEntry(stored, plan, after);
    plan = after;
  }
  return last!;
}

const created: PlanEvent = {
  type: 'PlanCreated',
  data: { planId, ente: { code: 'levate', name: 'Comune di Levate', provincia: 'BG' }, year: 2024, triennio: [2024, 2026] },
};
const centro: PlanEvent = {
  type: 'CentroAdded',
  data: {
    planId,
    centroId: 'c-ag',
    code: 'AG',
    name: 'Servizio Affari Generali',
    kind: 'attivita',
    responsabile: { id: 'person-roberto-togni', name: 'Roberto Togni', email: 'togni@example.org' },
  },
};
const indicator: PlanEvent = {
  type: 'ActivityIndicatorDefined',
  data: { planId, centroId: 'c-ag', indicatorId: 'i-prot', area: 'Atti protocollati', description: 'n. protocolli in entrata' },
};
const activity: PlanEvent = {
  type: 'ActivityAdded',
  data: { planId, centroId: 'c-ag', activityId: 'a-1', number: 1, description: 'Protocollazione notificazione atti', subItems: [] },
};

describe('buildHistoryEntry', () => {
  it('records an indicator value as values.<year>, before -> after', () => {
    const first = (value: number): PlanEvent => ({
      type: 'IndicatorValueRecorded',
      data: { planId, centroId: 'c-ag', indicatorId: 'i-prot', year: 2023, value: { kind: 'count', value } },
    });
    expect(entryOf(created, centro, indicator, first(4687)).changes).toEqual([
      { field: 'values.2023', before: undefined, after: { kind: 'count', value: 4687 } },
    ]);
    expect(entryOf(created, centro, indicator, first(4687), first(4700)).changes).toEqual([
      { field: 'values.2023', before: { kind: 'count', value: 4687 }, after: { kind: 'count', value: 4700 } },
    ]);
  });

  it('records a revised activity field by field and a removed one as its fields -> undefined', () => {
    const revised: PlanEvent = {
      type: 'ActivityRevised',
      data: { planId, centroId: 'c-ag', activityId: 'a-1', number: 1, description: 'Protocollo e notifiche', subItems: [] },
    };
    expect(entryOf(created, centro, activity, revised).changes).toEqual([
      { field: 'description', before: 'Protocollazione notificazione atti', after: 'Protocollo e notifiche' },
    ]);
    const removed: PlanEvent = { type: 'ActivityRemoved', data: { planId, centroId: 'c-ag', activityId: 'a-1' } };
    expect(entryOf(created, centro, activity, removed).changes).toEqual([
      { field: 'number', before: 1, after: undefined },
      { field: 'description', before: 'Protocollazione notificazione atti', after: undefined },
      { field: 'subItems', before: [], after: undefined },
    ]);
  });

  it('records resources by kind and a service description on the centro', () => {
    const table = {
      columns: [{ label: 'Situazione attuale' }],
      rows: [{ category: 'Postazioni uffici', values: [{ kind: 'count' as const, value: 4 }] }],
    };
    const resources: PlanEvent = { type: 'ResourcesRecorded', data: { planId, centroId: 'c-ag', kind: 'strumentali', table } };
    expect(entryOf(created, centro, resources).changes).toEqual([{ field: 'resources.strumentali', before: undefined, after: table }]);

    const description = 'Il Servizio gestisce il protocollo.';
    const described: PlanEvent = { type: 'ServiceDescribed', data: { planId, centroId: 'c-ag', description } };
    expect(entryOf(created, centro, described)).toMatchObject({
      centroId: 'c-ag',
      changes: [{ field: 'serviceDescription', after: description }],
    });
  });

  it('records a returned centro: its status and the notes', () => {
    const submitted: PlanEvent = { type: 'CentroSubmitted', data: { planId, centroId: 'c-ag', totalPoints: 100 } };
    const returned: PlanEvent = { type: 'CentroReturned', data: { planId, centroId: 'c-ag', notes: 'manca un indicatore' } };
    expect(entryOf(created, centro, submitted, returned).changes).toEqual([
      { field: 'status', before: 'submitted', after: 'returned' },
      { field: 'returnNotes', before: undefined, after: 'manca un indicatore' },
    ]);
  });

  it('names no delibera before the approval and no variation outside one', () => {
    const entry = entryOf(created, centro);
    expect(entry.delibera).toBeUndefined();
    expect(entry.variationId).toBeUndefined();
    expect(entry.changes.map((c) => c.field)).toEqual(['code', 'name', 'kind', 'responsabile', 'status']);
  });
});
