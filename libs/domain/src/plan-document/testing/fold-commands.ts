import { PlanCommand } from '../../commands/plan-commands';
import { decidePlan } from '../../decide/decide-plan';
import { evolvePlan } from '../../plan/evolve-plan';
import { Plan } from '../../plan/plan-state';

/** Runs commands through decidePlan and evolvePlan as the command handler would, all at one instant. */
export function foldCommands(
  commands: PlanCommand[],
  at: { now: string; actorId: string },
  state?: Plan,
): Plan {
  let plan = state;
  for (const command of commands) {
    for (const event of decidePlan(command, plan, { now: at.now })) {
      plan = evolvePlan(plan, event, { recordedAt: at.now, actorId: at.actorId });
    }
  }
  if (!plan) throw new Error('no command created the plan');
  return plan;
}
