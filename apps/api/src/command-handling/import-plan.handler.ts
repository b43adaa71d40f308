import { ConflictException, Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  authorizeGrant,
  decidePlan,
  deliberaUsedBy,
  evolvePlan,
  IMPORT_PLAN_POLICY,
  Plan,
  planDocumentToCommands,
} from '@ciclo/domain';
import { EVENT_STORE, EventStore, EventToAppend } from '@ciclo/event-store';
import { Clock } from '../infrastructure/clock';
import { CommandResult } from './command-result';
import { DeliberaClaim, DeliberaRegistryService } from './delibera-registry.service';
import { derivedId } from './derived-id';
import { toEventToAppend } from './event-envelope';
import { ImportPlanCommand } from './import-plan-command';
import { planStream, PlanRepository } from './plan-repository';

/**
 * Runs every command of the document through decidePlan on an in-memory plan, then appends all
 * the events at once to a new stream: an import is whole or not at all.
 */
@CommandHandler(ImportPlanCommand)
export class ImportPlanHandler implements ICommandHandler<ImportPlanCommand, CommandResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly plans: PlanRepository,
    private readonly delibere: DeliberaRegistryService,
    private readonly clock: Clock,
  ) {}

  async execute({ document, envelope }: ImportPlanCommand): Promise<CommandResult> {
    const planId = derivedId(envelope.commandId, 'plan');
    const existing = await this.plans.load(planId);
    const earlier = existing.outcomes.get(envelope.commandId);
    if (earlier) return { planId, ...earlier };
    authorizeGrant(envelope.principal, 'import a plan', IMPORT_PLAN_POLICY, document.ente?.code);
    if (existing.state) throw new ConflictException(`Plan ${planId} already exists`);

    const now = this.clock.now().toISOString();
    const commands = planDocumentToCommands(document, planId, (path) => derivedId(envelope.commandId, path));
    let state: Plan | undefined;
    const toAppend: EventToAppend[] = [];
    const claims: DeliberaClaim[] = [];
    for (const command of commands) {
      for (const event of decidePlan(command, state, { now })) {
        state = evolvePlan(state, event, { recordedAt: now, actorId: envelope.actor.id });
        toAppend.push(
          toEventToAppend(event, envelope, command.type, now, `event/${toAppend.length}`, { via: 'ImportPlan' }),
        );
      }
      const use = deliberaUsedBy(command);
      if (use && state) claims.push({ enteCode: state.ente.code, delibera: use.delibera, planId, purpose: use.purpose });
    }

    const registered: DeliberaClaim[] = [];
    try {
      for (const claim of claims) {
        await this.delibere.register(claim, envelope);
        registered.push(claim);
      }
      const appended = await this.store.append(planStream(planId), toAppend, 'no_stream');
      return { planId, position: appended.position, revision: appended.nextExpectedRevision };
    } catch (error) {
      for (const claim of registered) await this.delibere.release(claim, envelope);
      throw error;
    }
  }
}
