import { appendLevateScenario, DELIBERA_28, DELIBERA_75, type LevateScenario } from '../testing/levate-scenario';
import { projectLevateScenario } from '../testing/projected-scenario';
import { openTempDatabases, type TempDatabases } from '../testing/temp-databases';
import { PlanReadModel } from '../plan-view/plan-read-model';
import { InvalidAsOfError } from './as-of-cutoff';
import { planAsOf } from './plan-as-of';

describe('planAsOf', () => {
  let temp: TempDatabases;
  let scenario: LevateScenario;
  const points = (plan: { centri: { objectives: { objectiveId: string; points: number; title: string }[] }[] } | undefined) =>
    Object.fromEntries(plan?.centri.flatMap((c) => c.objectives.map((o) => [o.objectiveId, o.points])) ?? []);

  beforeAll(async () => {
    temp = openTempDatabases();
    [scenario] = await projectLevateScenario(temp);
    // another plan's events interleave in the global order
    await appendLevateScenario(temp.store, { planId: 'levate-2025', year: 2025 });
  });
  afterAll(() => temp.dispose());

  it('gives the plan as approved by Delibera 28: as of the position of its PlanApproved', async () => {
    const approved = await planAsOf(temp.store, scenario.planId, { position: scenario.positions.approved });
    expect(approved).toMatchObject({
      status: 'approved',
      approval: { delibera: DELIBERA_28 },
      position: scenario.positions.approved,
      updatedAt: '2024-04-09T16:00:00.000Z',
    });
    expect(points(approved)).toEqual({ 'o-pds': 50, 'o-pcc': 35, 'o-trasp': 15, 'o-bil': 100 });
    expect(approved?.centri[0].objectives[0].monitoring).toEqual([]);
    expect(approved?.variations).toEqual([]);
  });

  it('includes the event at the position and none after it', async () => {
    const before = await planAsOf(temp.store, scenario.planId, { position: scenario.positions.pccRevised - 1 });
    const at = await planAsOf(temp.store, scenario.planId, { position: scenario.positions.pccRevised });
    expect(points(before)['o-pcc']).toBe(30);
    expect(points(at)['o-pcc']).toBe(35);
    expect(points(at)['o-pds']).toBe(55);
  });

  it('as of a day means up to the end of that day (UTC)', async () => {
    const dayBefore = await planAsOf(temp.store, scenario.planId, { date: '2024-04-08' });
    const day = await planAsOf(temp.store, scenario.planId, { date: '2024-04-09' });
    expect(dayBefore?.status).toBe('proposed');
    expect(day?.status).toBe('approved');
    expect(day?.position).toBe(scenario.positions.approved);
  });

  it('compares a full timestamp as it is', async () => {
    const justBefore = await planAsOf(temp.store, scenario.planId, { date: '2024-04-09T15:59:59.999Z' });
    const exactly = await planAsOf(temp.store, scenario.planId, { date: '2024-04-09T16:00:00.000Z' });
    expect(justBefore?.status).toBe('proposed');
    expect(exactly?.status).toBe('approved');
    const afterVariation = await planAsOf(temp.store, scenario.planId, { date: '2024-09-10T12:00:00+01:00' });
    expect(afterVariation?.variations[0].delibera).toEqual(DELIBERA_75);
  });

  it('applies both bounds when given a position and a date', async () => {
    const plan = await planAsOf(temp.store, scenario.planId, { position: scenario.positions.proposed, date: '2024-12-31' });
    expect(plan?.position).toBe(scenario.positions.proposed);
  });

  it('without bounds equals the current plan of the projection', async () => {
    const now = await planAsOf(temp.store, scenario.planId, {});
    expect(now).toEqual(new PlanReadModel(temp.db).get(scenario.planId));
  });

  it('is undefined before the plan existed or for an unknown plan', async () => {
    expect(await planAsOf(temp.store, scenario.planId, { date: '2023-12-31' })).toBeUndefined();
    expect(await planAsOf(temp.store, 'no-such-plan', {})).toBeUndefined();
  });

  it('refuses a date it cannot read', async () => {
    await expect(planAsOf(temp.store, scenario.planId, { date: '09/04/2024' })).rejects.toThrow(InvalidAsOfError);
  });
});
