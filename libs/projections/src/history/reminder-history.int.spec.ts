import { randomUUID } from 'node:crypto';
import { EVENT_SCHEMA_VERSIONS, type ReminderSent } from '@ciclo/domain';
import { createPlanProjections } from '../plan-projection/create-plan-projections';
import { ProjectionProcessor } from '../processor/projection-processor';
import { appendLevateScenario, DELIBERA_75 } from '../testing/levate-scenario';
import { openTempDatabases, type TempDatabases } from '../testing/temp-databases';
import { HistoryReadModel } from './history-read-model';

/** The audit trail shows that an owner was told of a deadline: the worker's ReminderSent is in the plan's history. */
describe('reminders in the plan history', () => {
  let temp: TempDatabases;
  afterEach(() => temp.dispose());

  it("adds the worker's ReminderSent to the history of the plan and of the objective whose deadline it was", async () => {
    temp = openTempDatabases();
    const scenario = await appendLevateScenario(temp.store);
    const data: ReminderSent['data'] = {
      planId: scenario.planId,
      deadlineId: `${scenario.planId}/objective/o-pds`,
      jobId: `reminder/${scenario.planId}/objective/o-pds/before-7d/20241024T0700Z`,
      kind: 'before-7d',
      channel: 'email',
      recipient: { id: 'person-roberto-togni', name: 'Roberto Togni', email: 'roberto.togni@example.org' },
      dueDate: '2024-10-31',
      subject: 'Scadenza 31/10/2024',
      text: 'Promemoria',
    };
    const appended = await temp.store.append(
      `reminders-${scenario.planId}`,
      [
        {
          id: randomUUID(),
          type: 'ReminderSent',
          schemaVersion: EVENT_SCHEMA_VERSIONS.ReminderSent,
          data,
          metadata: {
            actorId: 'ciclo-worker',
            actorRole: 'system',
            commandId: data.jobId,
            commandType: 'DeliverReminder',
            correlationId: data.deadlineId,
            causationId: data.jobId,
            recordedAt: '2024-10-24T07:00:01.000Z',
          },
        },
      ],
      'no_stream',
    );
    const processor = new ProjectionProcessor(temp.store, temp.db, createPlanProjections());
    await processor.start();
    await processor.waitFor(appended.position);
    await processor.stop();

    const history = new HistoryReadModel(temp.db);
    const entry = history.list(scenario.planId).find((e) => e.eventType === 'ReminderSent');
    expect(entry).toMatchObject({
      position: appended.position,
      actor: { id: 'ciclo-worker', role: 'system' },
      objectiveId: 'o-pds',
      centroId: 'c-ag',
      recordedAt: '2024-10-24T07:00:01.000Z',
    });
    expect(entry?.changes).toEqual(
      expect.arrayContaining([
        { field: 'recipient', before: undefined, after: data.recipient },
        { field: 'channel', before: undefined, after: 'email' },
        { field: 'dueDate', before: undefined, after: '2024-10-31' },
      ]),
    );
    expect(entry?.delibera).toEqual(DELIBERA_75);
    expect(history.list(scenario.planId, { objectiveId: 'o-pds' }).map((e) => e.eventType)).toContain('ReminderSent');
  });
});
