import { createPlanProjections } from '../plan-projection/create-plan-projections';
import { ProjectionProcessor } from '../processor/projection-processor';
import { appendLevateScenario, type LevateScenario, type LevateScenarioOptions } from './levate-scenario';
import type { TempDatabases } from './temp-databases';

/** Appends the Levate scenario and runs the plan projections over it until they are caught up. */
export async function projectLevateScenario(
  temp: TempDatabases,
  plans: LevateScenarioOptions[] = [{}],
): Promise<LevateScenario[]> {
  const scenarios: LevateScenario[] = [];
  for (const plan of plans) scenarios.push(await appendLevateScenario(temp.store, plan));
  const processor = new ProjectionProcessor(temp.store, temp.db, createPlanProjections());
  await processor.start();
  await processor.waitFor(await temp.store.headPosition());
  await processor.stop();
  return scenarios;
}
