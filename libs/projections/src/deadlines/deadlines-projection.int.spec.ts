import { parseDeadlineRules, type DeadlineRules } from '@ciclo/domain';
import { createPlanProjections } from '../plan-projection/create-plan-projections';
import { planStreamName } from '../plan-projection/plan-stream';
import { ProjectionProcessor } from '../processor/projection-processor';
import { appendLevateScenario } from '../testing/levate-scenario';
import { planEvent } from '../testing/plan-event';
import { openTempDatabases, type TempDatabases } from '../testing/temp-databases';
import { DeadlineReadModel } from './deadline-read-model';
import { loadDeadlineRules } from './deadline-rules-file';

const PLAN = 'levate-2024';
const PDS = `${PLAN}/objective/o-pds`;
const TOGNI = 'person-roberto-togni';

describe('the deadlines projection', () => {
  let temp: TempDatabases;
  let rules: DeadlineRules;
  beforeEach(() => {
    temp = openTempDatabases();
    rules = loadDeadlineRules();
  });
  afterEach(() => temp.dispose());

  async function project(withRules = rules): Promise<ProjectionProcessor> {
    const processor = new ProjectionProcessor(temp.store, temp.db, createPlanProjections({ deadlineRules: withRules }));
    await processor.start();
    await processor.waitFor(await temp.store.headPosition());
    return processor;
  }

  it('lists the Levate deadlines by due date, with what they are, their owners and the events they came from', async () => {
    const scenario = await appendLevateScenario(temp.store, { until: 'approved' });
    const processor = await project();
    const deadlines = new DeadlineReadModel(temp.db).list({}, '2024-04-10');
    expect(deadlines.map((d) => [d.deadlineId, d.dueDate, d.status])).toEqual([
      [`${PLAN}/piao`, '2024-01-31', 'met'],
      [`${PLAN}/monitoraggio`, '2024-07-31', 'open'],
      [PDS, '2024-10-31', 'open'],
      [`${PLAN}/consuntivo`, '2025-03-31', 'open'],
      [`${PLAN}/relazione`, '2025-06-30', 'open'],
      [`${PLAN}/validazione`, '2025-06-30', 'open'],
    ]);
    const pds = deadlines.find((d) => d.deadlineId === PDS)!;
    expect(pds.owners).toEqual([{ id: TOGNI, name: 'Roberto Togni', email: 'togni@example.org' }]);
    expect(pds.sources.map((s) => [s.type, s.position])).toEqual([
      ['ObjectiveRevised', scenario.positions.pdsRevised],
      ['PlanApproved', scenario.positions.approved],
    ]);
    await processor.stop();
  });

  it('filters by ente, owner, status on a given day and due dates', async () => {
    await appendLevateScenario(temp.store, { until: 'approved' });
    await appendLevateScenario(temp.store, { planId: 'levate-2025', year: 2025, until: 'created' });
    const processor = await project();
    const read = new DeadlineReadModel(temp.db);
    const ids = (filter: Parameters<DeadlineReadModel['list']>[0], today = '2024-08-15') => read.list(filter, today).map((d) => d.deadlineId);
    expect(ids({ owner: TOGNI })).toEqual([`${PLAN}/monitoraggio`, PDS, `${PLAN}/consuntivo`]);
    expect(ids({ status: 'missed' })).toEqual([`${PLAN}/monitoraggio`]);
    expect(ids({ status: 'missed' }, '2024-07-31')).toEqual([]);
    expect(ids({ status: 'met' })).toEqual([`${PLAN}/piao`]);
    expect(ids({ from: '2024-10-01', to: '2025-03-31' })).toEqual([PDS, 'levate-2025/piao', `${PLAN}/consuntivo`]);
    expect(ids({ ente: 'osio' })).toEqual([]);
    expect(read.list({ status: 'missed' }, '2024-08-15')[0].status).toBe('missed');
    await processor.stop();
  });

  it('follows a moved deadline and a met milestone, and tells what changed after a position', async () => {
    await appendLevateScenario(temp.store, { until: 'approved' });
    const processor = await project();
    const read = new DeadlineReadModel(temp.db);
    const mark = read.lastChangedPosition();
    const moved = await temp.store.append(planStreamName(PLAN), [
      planEvent('ObjectiveDeadlineMoved', { planId: PLAN, centroId: 'c-ag', objectiveId: 'o-pds', deadline: '2024-11-15', previousDeadline: '2024-10-31', reason: 'Consiglio a novembre' }, { at: '2024-09-20T09:00:00.000Z' }),
    ], 'any');
    await processor.waitFor(moved.position);
    expect(read.changedAfter(mark).map((c) => [c.deadline.deadlineId, c.deadline.dueDate, c.changedPosition])).toEqual([[PDS, '2024-11-15', moved.position]]);

    const met = await temp.store.append(planStreamName(PLAN), [
      planEvent('ObjectiveMilestoneMet', { planId: PLAN, centroId: 'c-ag', objectiveId: 'o-pds', act: { organo: 'consiglio', numero: 41, data: '2024-11-12' } }, { at: '2024-11-12T18:00:00.000Z' }),
    ], 'any');
    await processor.waitFor(met.position);
    expect(read.get(PDS)).toMatchObject({ status: 'met', met: { date: '2024-11-12', late: false }, moves: [{ from: '2024-10-31', to: '2024-11-15' }] });
    expect(read.open().map((d) => d.deadlineId)).not.toContain(PDS);
    await processor.stop();
  });

  it('is rebuilt when the rules change, and follows the new ones', async () => {
    await appendLevateScenario(temp.store, { until: 'approved' });
    await (await project()).stop();
    const later: DeadlineRules = parseDeadlineRules({
      ...rules,
      statutory: rules.statutory.map((r) => (r.key === 'monitoraggio' ? { ...r, due: { ...r.due, month: 9, day: 30 } } : r)),
    });
    const processor = await project(later);
    expect(new DeadlineReadModel(temp.db).get(`${PLAN}/monitoraggio`)?.dueDate).toBe('2024-09-30');
    await processor.stop();
  });

  it('gives the same rows when rebuilt from the events', async () => {
    await appendLevateScenario(temp.store);
    const processor = await project();
    const read = new DeadlineReadModel(temp.db);
    const live = read.list({}, '2025-04-01');
    await processor.rebuild();
    expect(read.list({}, '2025-04-01')).toEqual(live);
    await processor.stop();
  });
});
