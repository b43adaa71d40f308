import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_STORE, SqliteEventStore } from '@ciclo/event-store';
import { CommandEnvelope, ExecutePlanCommand } from '../apps/api/src/command-handling/execute-plan-command';
import { ApiHarness, as, startApi } from './support/api-harness';
import { draftingPlan } from './support/drafting-plan';

/**
 * Many people drafting objectives of one plan at the same moment: every command lands, one
 * revision after another, and none has to lose a race for the plan's stream and be decided again.
 */
describe('concurrent commands on one plan', () => {
  let api: ApiHarness;
  const segretario = as('segretario-levate', 'segretario');

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => api.close());

  const envelope = (): CommandEnvelope => {
    const commandId = randomUUID();
    return {
      commandId,
      correlationId: commandId,
      causationId: commandId,
      actor: { id: 'segretario-levate', role: 'segretario' },
      principal: { id: 'segretario-levate', role: 'segretario', enti: ['levate'], centri: [] },
    };
  };

  it('appends every command sent in the same instant without a lost race', async () => {
    const { planId, centroId } = await draftingPlan(api, segretario, 'resp-ag');
    const store = api.app.get<SqliteEventStore>(EVENT_STORE);
    const commandBus = api.app.get(CommandBus);
    const rejectedBefore = store.writeStats.appendsRejected;
    const titles = Array.from({ length: 40 }, (_, i) => `Obiettivo concorrente ${i + 1}`);

    // all 40 are handed over in one tick: each loads the plan before any of them is committed
    const results = await Promise.all(
      titles.map((title) =>
        commandBus.execute(
          new ExecutePlanCommand(
            {
              type: 'DraftObjective',
              planId,
              data: { objectiveId: '', centroId, title, points: 1, expectedPerformance: 'x', indicators: [{ description: 'y' }], referenceYears: [2024] },
            },
            envelope(),
          ),
        ),
      ),
    );

    const revisions = results.map((r) => r.revision).sort((a, b) => a - b);
    expect(new Set(revisions).size).toBe(titles.length);
    expect(revisions[revisions.length - 1] - revisions[0]).toBe(titles.length - 1);
    // before commands were queued per plan, 39 of these lost the race to the first one
    expect(store.writeStats.appendsRejected).toBe(rejectedBefore);

    const plan = await api.call('GET', `/api/plans/${planId}`, undefined, segretario);
    const drafted = plan.body.centri.flatMap((c: { objectives: { title: string }[] }) => c.objectives.map((o) => o.title));
    expect(drafted).toEqual(expect.arrayContaining(titles));
  });

  it('answers each of many HTTP requests sent at once with its own objective', async () => {
    const { planId, centroId } = await draftingPlan(api, segretario, 'resp-ag');
    const titles = Array.from({ length: 20 }, (_, i) => `Obiettivo via HTTP ${i + 1}`);
    const responses = await Promise.all(
      titles.map((title) =>
        api.call(
          'POST',
          `/api/plans/${planId}/objectives`,
          { centroId, title, points: 1, expectedPerformance: 'x', indicators: [{ description: 'y' }], referenceYears: [2024] },
          segretario,
        ),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(titles.map(() => 201));
    expect(new Set(responses.map((r) => r.body.objectiveId)).size).toBe(titles.length);
  });
});
