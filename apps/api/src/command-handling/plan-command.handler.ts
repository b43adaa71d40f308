import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { authorizeCommand, decidePlan, deliberaUsedBy, PlanCommand } from '@ciclo/domain';
import { EVENT_STORE, EventStore, WrongExpectedRevisionError } from '@ciclo/event-store';
import { Clock } from '../infrastructure/clock';
import { assignNewIds, createdIds } from './assign-new-ids';
import { CommandResult } from './command-result';
import { DeliberaClaim, DeliberaRegistryService } from './delibera-registry.service';
import { toEventToAppend } from './event-envelope';
import { CommandEnvelope, ExecutePlanCommand } from './execute-plan-command';
import { KeyedSerialQueue } from './keyed-serial-queue';
import { CommandOutcome, LoadedPlan, planStream, PlanRepository } from './plan-repository';

/** Concurrent commands on one plan are retried on a fresh state: decide re-checks every rule. */
const MAX_ATTEMPTS = 20;

/** A random pause that grows with each lost race, so that writers contending for one plan spread out. */
function backoff(attempt: number): Promise<void> {
  const ms = Math.random() * Math.min(50, 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The one handler for every plan command: load, decide, append with the expected revision (one
 * command of a plan at a time in this process), answer with the position once it is durable
 * (queries wait for the read models: ReadModelsAtHead). Rules live in decidePlan.
 */
@CommandHandler(ExecutePlanCommand)
export class PlanCommandHandler implements ICommandHandler<ExecutePlanCommand, CommandResult> {
  private readonly commandsOfOnePlan = new KeyedSerialQueue();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly plans: PlanRepository,
    private readonly delibere: DeliberaRegistryService,
    private readonly clock: Clock,
  ) {}

  async execute({ command: received, envelope }: ExecutePlanCommand): Promise<CommandResult> {
    const command = assignNewIds(received, envelope.commandId);
    const outcome = await this.commandsOfOnePlan.run(command.planId, () => this.decideAndAppend(command, envelope));
    return resultOf(command, outcome);
  }

  private async decideAndAppend(command: PlanCommand, envelope: CommandEnvelope): Promise<CommandOutcome> {
    let claim: DeliberaClaim | undefined;
    try {
      for (let attempt = 1; ; attempt++) {
        const plan = await this.plans.load(command.planId);
        const earlier = plan.outcomes.get(envelope.commandId);
        if (earlier) return earlier;
        authorizeCommand(envelope.principal, command, plan.state);

        const now = this.clock.now().toISOString();
        const events = decidePlan(command, plan.state, { now });
        if (events.length === 0) return { position: plan.lastPosition, revision: plan.revision };

        claim ??= await this.registerDelibera(command, plan, envelope);
        try {
          const appended = await this.store.append(
            planStream(command.planId),
            events.map((e, i) => toEventToAppend(e, envelope, command.type, now, `event/${i}`)),
            plan.revision < 0 ? 'no_stream' : plan.revision,
          );
          return { position: appended.position, revision: appended.nextExpectedRevision };
        } catch (error) {
          // only another process writing this plan gets here: this one queues its commands per plan
          if (!(error instanceof WrongExpectedRevisionError) || attempt >= MAX_ATTEMPTS) throw error;
          await backoff(attempt);
        }
      }
    } catch (error) {
      if (claim && !(await this.landed(command.planId, envelope.commandId))) await this.delibere.release(claim, envelope);
      throw error;
    }
  }

  /** The same command sent twice at once may have landed through its twin: then the delibera stays registered. */
  private async landed(planId: string, commandId: string): Promise<boolean> {
    return (await this.plans.load(planId)).outcomes.has(commandId);
  }

  private async registerDelibera(
    command: PlanCommand,
    plan: LoadedPlan,
    envelope: CommandEnvelope,
  ): Promise<DeliberaClaim | undefined> {
    const use = deliberaUsedBy(command);
    if (!use || !plan.state) return undefined;
    const claim = { enteCode: plan.state.ente.code, delibera: use.delibera, planId: command.planId, purpose: use.purpose };
    await this.delibere.register(claim, envelope);
    return claim;
  }
}

function resultOf(command: PlanCommand, outcome: CommandOutcome): CommandResult {
  return { planId: command.planId, position: outcome.position, revision: outcome.revision, ...createdIds(command) };
}
