import { join } from 'node:path';
import {
  DEFAULT_DEADLINE_RULES_PATH,
  HistoryReadModel,
  PlanProjection,
  PlanReadModel,
  ProjectionDatabase,
} from '@ciclo/projections';
import { appendLevateScenario } from '@ciclo/projections/testing/levate-scenario';
import { openTempDatabases, type TempDatabases } from '@ciclo/projections/testing/temp-databases';
import { rebuildProjections } from './rebuild-projections';

function capture(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, columns: 100, chunks, write: (text: string) => chunks.push(text), text: () => chunks.join('') };
}

describe('rebuild-projections CLI', () => {
  let temp: TempDatabases;
  beforeEach(() => {
    temp = openTempDatabases();
  });
  afterEach(() => temp.dispose());

  it('replays the event file into a fresh projection file and ends with a summary line', async () => {
    const { planId, head } = await appendLevateScenario(temp.store);
    const projectionsPath = join(temp.dir, 'rebuilt.projections.sqlite');
    const output = capture(false);

    const summary = await rebuildProjections({
      sqlitePath: join(temp.dir, 'ciclo.sqlite'),
      projectionsPath,
      deadlineRulesPath: DEFAULT_DEADLINE_RULES_PATH,
      output,
    });

    expect(summary.events).toBe(head);
    const lines = output.text().trim().split('\n');
    expect(lines[0]).toContain(projectionsPath);
    expect(lines).toContain(`rebuild: ${head}/${head} events (100.0%)`);
    expect(lines[lines.length - 1]).toMatch(new RegExp(`^Rebuilt projections: ${head} events in \\d+\\.\\d s \\(\\d+ events/s\\)$`));

    const db = ProjectionDatabase.open(projectionsPath);
    try {
      expect(db.readCheckpoint('plans')).toEqual({ version: new PlanProjection().version, position: head });
      expect(db.readCheckpoint('deadlines')?.position).toBe(head);
      expect(new PlanReadModel(db).get(planId)?.status).toBe('consuntivo_validated');
      expect(new HistoryReadModel(db).list(planId)).toHaveLength(head - 1);
    } finally {
      db.close();
    }
  });

  it('draws a bar on a terminal', async () => {
    const { head } = await appendLevateScenario(temp.store);
    const output = capture(true);
    await rebuildProjections({
      sqlitePath: join(temp.dir, 'ciclo.sqlite'),
      projectionsPath: join(temp.dir, 'tty.projections.sqlite'),
      deadlineRulesPath: DEFAULT_DEADLINE_RULES_PATH,
      output,
    });
    expect(output.text()).toContain(`${head}/${head} events`);
    expect(output.text()).toContain('100%');
  });

  it('refuses a missing event file instead of creating an empty one', async () => {
    await expect(
      rebuildProjections({
        sqlitePath: join(temp.dir, 'missing.sqlite'),
        projectionsPath: join(temp.dir, 'x.projections.sqlite'),
        deadlineRulesPath: DEFAULT_DEADLINE_RULES_PATH,
        output: capture(false),
      }),
    ).rejects.toThrow('No event store at');
  });
});
