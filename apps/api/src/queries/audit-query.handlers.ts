import { Inject, NotFoundException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { nucleoWarnings } from '@ciclo/domain';
import { EVENT_STORE, EventStore } from '@ciclo/event-store';
import { HistoryReadModel, PlanReadModel } from '@ciclo/projections';
import { AuditDossier, buildAuditDossier } from '../audit/audit-dossier';
import { PlanAuditVerification, PlanChains, readPlanChains, verifyPlanChains } from '../audit/plan-chains';
import { Clock } from '../infrastructure/clock';
import { LoadedSmvpRules, SMVP_RULES } from '../infrastructure/smvp-rules.token';
import { GetAuditDossierQuery, VerifyPlanAuditQuery } from './audit-queries';
import { ReadModelsAtHead } from './read-models-at-head';

async function chainsOf(store: EventStore, planId: string): Promise<PlanChains> {
  const chains = await readPlanChains(store, planId);
  if (!chains) throw new NotFoundException(`Plan ${planId} not found`);
  return chains;
}

/** Reads the store itself, not a read model: what is verified is what is stored. */
@QueryHandler(VerifyPlanAuditQuery)
export class VerifyPlanAuditHandler implements IQueryHandler<VerifyPlanAuditQuery, PlanAuditVerification> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ planId }: VerifyPlanAuditQuery): Promise<PlanAuditVerification> {
    return verifyPlanChains(await chainsOf(this.store, planId));
  }
}

/**
 * The events and hashes come from the store; the plan's identity, the delibera in force and the
 * objective or centro of each event from the read models, once they have caught up with the chains.
 */
@QueryHandler(GetAuditDossierQuery)
export class GetAuditDossierHandler implements IQueryHandler<GetAuditDossierQuery, AuditDossier> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly atHead: ReadModelsAtHead,
    private readonly plans: PlanReadModel,
    private readonly history: HistoryReadModel,
    private readonly clock: Clock,
    @Inject(SMVP_RULES) private readonly smvp: LoadedSmvpRules,
  ) {}

  async execute({ planId }: GetAuditDossierQuery): Promise<AuditDossier> {
    const chains = await chainsOf(this.store, planId);
    const lastPosition = Math.max(...chains.chains.flatMap((chain) => chain.events.map((event) => event.position)));
    await this.atHead.caughtUp(lastPosition);
    const plan = this.plans.get(planId);
    if (!plan) throw new NotFoundException(`Plan ${planId} not found`);
    return buildAuditDossier({
      plan,
      chains,
      verification: verifyPlanChains(chains),
      history: this.history.list(planId),
      warnings: nucleoWarnings(plan, this.smvp.rules),
      generatedAt: this.clock.now().toISOString(),
    });
  }
}
