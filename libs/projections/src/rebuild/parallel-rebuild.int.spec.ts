import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_SCHEMA_VERSIONS, type ReminderSent } from '@ciclo/domain';
import { loadDeadlineRules } from '../deadlines/deadline-rules-file';
import { createPlanProjections, planProjectionsSetup } from '../plan-projection/create-plan-projections';
import { PlanProjection } from '../plan-projection/plan-projection';
import { ProjectionProcessor } from '../processor/projection-processor';
import { ProjectionDatabase } from '../sqlite/projection-database';
import { appendLevateScenario } from '../testing/levate-scenario';
import { tableSnapshot } from '../testing/table-snapshot';
import { openTempDatabases, type TempDatabases } from '../testing/temp-databases';

async function appendReminder(temp: TempDatabases, planId: string): Promise<void> {
  const data: ReminderSent['data'] = {
    planId,
    deadlineId: `${planId}/objective/o-pds`,
    jobId: `reminder/${planId}/objective/o-pds/before-7d`,
    kind: 'before-7d',
    channel: 'inbox',
    recipient: { id: 'person-roberto-togni', name: 'Roberto Togni', email: 'roberto.togni@example.org' },
    dueDate: '2024-10-31',
    subject: 'Scadenza 31/10/2024',
    text: 'Promemoria',
  };
  const metadata = { actorId: 'ciclo-worker', actorRole: 'system', commandId: data.jobId, correlationId: data.deadlineId, causationId: data.jobId, recordedAt: '2024-10-24T07:00:01.000Z' };
  await temp.store.append(`reminders-${planId}`, [{ id: randomUUID(), type: 'ReminderSent', schemaVersion: EVENT_SCHEMA_VERSIONS.ReminderSent, data, metadata }], 'any');
}

describe('a rebuild in replay threads', () => {
  const deadlineRules = loadDeadlineRules();
  let temp: TempDatabases;
  let head: number;
  let live: Record<string, unknown[]>;

  beforeAll(async () => {
    temp = openTempDatabases();
    // plans of two enti over three years, interleaved as in a real log, with reminders delivered
    for (const year of [2024, 2025, 2026]) {
      await appendLevateScenario(temp.store, { planId: `levate-${year}`, year, until: 'approved' });
      await appendLevateScenario(temp.store, { planId: `osio-${year}`, year, until: 'centroAG' });
    }
    await appendLevateScenario(temp.store, { planId: 'levate-2027', year: 2027 });
    await appendReminder(temp, 'levate-2027');
    await appendReminder(temp, 'levate-2024');
    head = await temp.store.headPosition();
    const following = new ProjectionProcessor(temp.store, temp.db, createPlanProjections({ deadlineRules }), { batchSize: 7 });
    await following.start();
    await following.waitFor(head);
    await following.stop();
    live = tableSnapshot(temp.db);
  });
  afterAll(() => temp.dispose());

  const parallel = (db: ProjectionDatabase, threads: number, setup = planProjectionsSetup({ deadlineRules })) =>
    new ProjectionProcessor(temp.store, db, createPlanProjections({ deadlineRules }), {
      rebuildBatchSize: 5,
      parallelReplay: { eventsPath: join(temp.dir, 'ciclo.sqlite'), setup, threads, minEvents: 0 },
    });

  it('writes the same rows as following the store, valid from the head on', async () => {
    const db = ProjectionDatabase.open(join(temp.dir, 'rebuilt.projections.sqlite'));
    try {
      const progress: [number, number][] = [];
      const result = await parallel(db, 3).rebuild((done, total) => progress.push([done, total]));

      expect(result).toEqual({ events: head, position: head });
      expect(progress[progress.length - 1]).toEqual([head, head]);
      expect(tableSnapshot(db)).toEqual(live);
      expect(live.notifications).toHaveLength(2);
      expect(db.readCheckpoint('plans')).toEqual({ version: new PlanProjection().version, position: head });
      expect(db.readCheckpoint('deadlines')?.position).toBe(head);
      expect(db.connection.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(readdirSync(temp.dir).filter((name) => name.includes('.replay-'))).toEqual([]);
    } finally {
      db.close();
    }
  }, 120_000);

  it('replaces what the projection file held, and the processor follows the store afterwards', async () => {
    const db = ProjectionDatabase.open(join(temp.dir, 'followed.projections.sqlite'));
    try {
      const processor = parallel(db, 2);
      await processor.start();
      await processor.waitFor(head);
      await processor.rebuild();
      expect(tableSnapshot(db)).toEqual(live);

      const next = await appendLevateScenario(temp.store, { planId: 'osio-2030', year: 2030, until: 'created' });
      await processor.waitFor(next.head);
      expect(db.connection.prepare("SELECT status FROM plan_views WHERE plan_id = 'osio-2030'").pluck().get()).toBe('drafting');
      await processor.stop();
    } finally {
      db.close();
    }
  }, 120_000);

  it('leaves the checkpoints saying "rebuild under way" and no scratch file when a thread fails', async () => {
    const db = ProjectionDatabase.open(join(temp.dir, 'failed.projections.sqlite'));
    try {
      // the threads would make the projections without deadlines: they refuse to replay
      await expect(parallel(db, 2, planProjectionsSetup()).rebuild()).rejects.toThrow(
        `The replay thread made projections plans@${new PlanProjection().version}, the processor runs`,
      );
      expect(db.readCheckpoint('plans')?.version).toBe(0);
      expect(readdirSync(temp.dir).filter((name) => name.includes('.replay-'))).toEqual([]);
      expect(existsSync(join(temp.dir, 'failed.projections.sqlite'))).toBe(true);
    } finally {
      db.close();
    }
  }, 120_000);
});
