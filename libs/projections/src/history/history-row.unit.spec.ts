import type { HistoryEntry } from '../read-models/read-model-types';
import { historyEntryOf, historyRowValues } from './history-row';

/** what the read model gets back from the row written for `entry` */
function roundTrip(entry: HistoryEntry): HistoryEntry {
  const [position, , centroId, objectiveId, eventType, recordedAt, stored] = historyRowValues('levate-2024', entry);
  return historyEntryOf({
    position: position as number,
    centro_id: centroId as string | null,
    objective_id: objectiveId as string | null,
    event_type: eventType as string,
    recorded_at: recordedAt as string,
    entry: stored as string,
  });
}

const base: HistoryEntry = {
  position: 42,
  revision: 7,
  recordedAt: '2024-09-02T09:00:00.000Z',
  eventType: 'ObjectiveRevised',
  commandId: 'command-7',
  correlationId: 'command-7',
  actor: { id: 'person-roberto-togni', role: 'responsabile' },
  changes: [],
};

describe('a plan_history row', () => {
  it('gives back every field of the entry, in the order the API has always listed them', () => {
    const entry: HistoryEntry = {
      ...base,
      commandType: 'ReviseObjective',
      centroId: 'c-ag',
      objectiveId: 'o-pds',
      delibera: { organo: 'giunta', numero: 75, data: '2024-09-10' },
      variationId: 'v-1',
      changes: [
        { field: 'points', before: 55, after: 50 },
        { field: 'deadline', before: undefined, after: '2024-10-31' },
        { field: 'ownerId', before: 'person-a', after: undefined },
        { field: 'target', before: null, after: { kind: 'count', value: 3 } },
      ],
    };
    const back = roundTrip(entry);

    expect(back).toEqual(entry);
    expect(Object.keys(back)).toEqual([
      'position', 'eventType', 'recordedAt', 'centroId', 'objectiveId', 'revision', 'commandId', 'correlationId',
      'actor', 'changes', 'commandType', 'delibera', 'variationId',
    ]);
    expect(back.changes.map((c) => Object.keys(c))).toEqual([
      ['field', 'before', 'after'],
      ['field', 'after'],
      ['field', 'before'],
      ['field', 'before', 'after'],
    ]);
    expect(back.changes[3].before).toBeNull();
  });

  it('keeps a correlation id of its own, and leaves out what the entry has not', () => {
    const entry: HistoryEntry = { ...base, correlationId: 'import-3', changes: [{ field: 'title', before: 'A', after: 'B' }] };
    const back = roundTrip(entry);

    expect(back).toEqual(entry);
    expect(back).not.toHaveProperty('commandType');
    expect(back).not.toHaveProperty('centroId');
    expect(back).not.toHaveProperty('delibera');
  });

  it('stores the entry in fewer bytes than the entry itself', () => {
    const entry: HistoryEntry = { ...base, changes: [{ field: 'values.2020', before: undefined, after: { kind: 'count', value: 4000 } }] };
    const stored = historyRowValues('levate-2024', entry)[6] as string;
    expect(stored.length).toBeLessThan(JSON.stringify(entry).length * 0.6);
  });
});
