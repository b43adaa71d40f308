import { appendLevateScenario, DELIBERA_28, type LevateScenario } from '../testing/levate-scenario';
import { planEvent } from '../testing/plan-event';
import { projectLevateScenario } from '../testing/projected-scenario';
import { openTempDatabases, type TempDatabases } from '../testing/temp-databases';
import { createPlanProjections } from '../plan-projection/create-plan-projections';
import { ProjectionProcessor } from '../processor/projection-processor';
import { PlanReadModel } from './plan-read-model';

describe('PlanReadModel (plan_views projection)', () => {
  let temp: TempDatabases;
  let scenario: LevateScenario;
  let plans: PlanReadModel;

  beforeAll(async () => {
    temp = openTempDatabases();
    [scenario] = await projectLevateScenario(temp);
    await appendLevateScenario(temp.store, { planId: 'levate-2025', year: 2025, until: 'centroAG' });
    await temp.store.append(
      'plan-osio-2024',
      [
        planEvent(
          'PlanCreated',
          { planId: 'osio-2024', ente: { code: 'osio', name: 'Comune di Osio Sotto', provincia: 'BG' }, year: 2024, triennio: [2024, 2026] },
          { at: '2024-01-05T09:00:00.000Z' },
        ),
      ],
      'no_stream',
    );
    const processor = new ProjectionProcessor(temp.store, temp.db, createPlanProjections());
    await processor.start();
    await processor.waitFor(await temp.store.headPosition());
    await processor.stop();
    plans = new PlanReadModel(temp.db);
  });
  afterAll(() => temp.dispose());

  it('serves the current plan with the position and time of its last event', () => {
    const plan = plans.get(scenario.planId);
    expect(plan).toMatchObject({
      planId: 'levate-2024',
      status: 'consuntivo_validated',
      approval: { delibera: DELIBERA_28 },
      position: scenario.positions.validated,
      updatedAt: '2025-03-20T12:00:00.000Z',
      revision: Object.keys(scenario.positions).length - 2,
    });
    const ag = plan?.centri.find((c) => c.centroId === 'c-ag');
    expect(ag?.objectives.map((o) => [o.objectiveId, o.points])).toEqual([
      ['o-pds', 50],
      ['o-pcc', 35],
      ['o-trasp', 15],
    ]);
    expect(ag?.objectives.find((o) => o.objectiveId === 'o-pcc')?.pointsAwarded).toBe(31.5);
  });

  it('returns undefined for an unknown plan', () => {
    expect(plans.get('no-such-plan')).toBeUndefined();
  });

  it('lists plans with their summary, by ente and year', () => {
    expect(plans.list().map((p) => p.planId)).toEqual(['levate-2024', 'levate-2025', 'osio-2024']);
    expect(plans.list({ ente: 'levate' }).map((p) => p.planId)).toEqual(['levate-2024', 'levate-2025']);
    expect(plans.list({ year: 2024 }).map((p) => p.planId)).toEqual(['levate-2024', 'osio-2024']);
    expect(plans.list({ ente: 'osio', year: 2025 })).toEqual([]);
    expect(plans.list({ ente: 'levate', year: 2024 })).toEqual([
      {
        planId: 'levate-2024',
        ente: { code: 'levate', name: 'Comune di Levate', provincia: 'BG' },
        year: 2024,
        status: 'consuntivo_validated',
        approvedBy: DELIBERA_28,
        position: scenario.positions.validated,
        updatedAt: '2025-03-20T12:00:00.000Z',
      },
    ]);
    expect(plans.list({ ente: 'levate', year: 2025 })[0]).not.toHaveProperty('approvedBy');
  });
});
