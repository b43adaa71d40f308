import { EVENT_SCHEMA_VERSIONS, type ReminderEvent } from '@ciclo/domain';
import { streamName, type EventToAppend } from '@ciclo/event-store';
import { createPlanProjections } from '../plan-projection/create-plan-projections';
import { ProjectionProcessor } from '../processor/projection-processor';
import { loadDeadlineRules } from '../deadlines/deadline-rules-file';
import { openTempDatabases, type TempDatabases } from '../testing/temp-databases';
import { NotificationReadModel } from './notification-read-model';

const TOGNI = { id: 'roberto.togni', name: 'Roberto Togni', email: 'roberto.togni@comune.levate.bg.it' };

function reminder(id: string, event: ReminderEvent, at: string): EventToAppend {
  return {
    id,
    type: event.type,
    schemaVersion: EVENT_SCHEMA_VERSIONS[event.type],
    data: event.data,
    metadata: { actorId: 'ciclo-worker', actorRole: 'admin', commandId: 'job', correlationId: 'job', causationId: 'job', recordedAt: at },
  };
}

const base = { planId: 'p1', deadlineId: 'p1/objective/o1', jobId: 'reminder/p1/objective/o1/before-30d/20241001T0700Z', kind: 'before-30d', recipient: TOGNI, dueDate: '2024-10-31' };

describe('the notifications projection (the in-app inbox)', () => {
  let temp: TempDatabases;
  beforeEach(() => (temp = openTempDatabases()));
  afterEach(() => temp.dispose());

  it('lists what each recipient was sent, newest first, by channel', async () => {
    const stream = streamName('reminders', 'p1');
    await temp.store.append(stream, [
      reminder('00000000-0000-4000-8000-000000000001', { type: 'ReminderSent', data: { ...base, channel: 'inbox', subject: 'Promemoria', text: 'Gentile Roberto Togni' } }, '2024-10-01T07:00:01.000Z'),
      reminder('00000000-0000-4000-8000-000000000002', { type: 'ReminderSent', data: { ...base, channel: 'email', subject: 'Promemoria', text: 'Gentile Roberto Togni', messageId: '<x@ciclo>' } }, '2024-10-01T07:00:02.000Z'),
      reminder('00000000-0000-4000-8000-000000000003', { type: 'ReminderFailed', data: { ...base, kind: 'before-7d', channel: 'email', error: 'connection refused', attempts: 5 } }, '2024-10-24T07:10:00.000Z'),
    ], 'no_stream');
    const processor = new ProjectionProcessor(temp.store, temp.db, createPlanProjections({ deadlineRules: loadDeadlineRules() }));
    await processor.start();
    await processor.waitFor(await temp.store.headPosition());
    const read = new NotificationReadModel(temp.db);
    expect(read.list({ recipient: TOGNI.id }).map((n) => [n.outcome, n.channel, n.kind])).toEqual([
      ['failed', 'email', 'before-7d'],
      ['sent', 'email', 'before-30d'],
      ['sent', 'inbox', 'before-30d'],
    ]);
    expect(read.list({ recipient: TOGNI.id, channel: 'inbox' })).toEqual([
      expect.objectContaining({ notificationId: '00000000-0000-4000-8000-000000000001', subject: 'Promemoria', text: 'Gentile Roberto Togni', recordedAt: '2024-10-01T07:00:01.000Z' }),
    ]);
    expect(read.list({ recipient: 'someone.else' })).toEqual([]);
    await processor.stop();
  });
});
