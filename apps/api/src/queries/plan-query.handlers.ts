import { Inject, NotFoundException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { nucleoWarnings, planToDocument } from '@ciclo/domain';
import { EVENT_STORE, EventStore } from '@ciclo/event-store';
import {
  HistoryEntry,
  HistoryReadModel,
  planAsOf,
  PlanReadModel,
  PlanSummary,
  PlanView,
} from '@ciclo/projections';
import { LoadedSmvpRules, SMVP_RULES } from '../infrastructure/smvp-rules.token';
import { ExportPlanQuery, GetHistoryQuery, GetPlanQuery, ListPlansQuery, PlanViewWithWarnings } from './plan-queries';
import { ReadModelsAtHead } from './read-models-at-head';

function planNotFound(planId: string): NotFoundException {
  return new NotFoundException(`Plan ${planId} not found`);
}

@QueryHandler(GetPlanQuery)
export class GetPlanHandler implements IQueryHandler<GetPlanQuery, PlanViewWithWarnings> {
  constructor(
    private readonly plans: PlanReadModel,
    private readonly atHead: ReadModelsAtHead,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SMVP_RULES) private readonly smvp: LoadedSmvpRules,
  ) {}

  async execute({ planId, asOf, minPosition }: GetPlanQuery): Promise<PlanViewWithWarnings> {
    // as of a past point the plan is folded from the store itself
    if (!asOf) await this.atHead.caughtUp(minPosition);
    const plan: PlanView | undefined = asOf ? await planAsOf(this.store, planId, asOf) : this.plans.get(planId);
    if (!plan) throw planNotFound(planId);
    // computed when read, not projected: they follow the current rules file, and cost little
    return { ...plan, warnings: nucleoWarnings(plan, this.smvp.rules) };
  }
}

@QueryHandler(ListPlansQuery)
export class ListPlansHandler implements IQueryHandler<ListPlansQuery, PlanSummary[]> {
  constructor(
    private readonly plans: PlanReadModel,
    private readonly atHead: ReadModelsAtHead,
  ) {}

  async execute({ ente, year }: ListPlansQuery): Promise<PlanSummary[]> {
    await this.atHead.caughtUp();
    return this.plans.list({ ente, year });
  }
}

@QueryHandler(GetHistoryQuery)
export class GetHistoryHandler implements IQueryHandler<GetHistoryQuery, HistoryEntry[]> {
  constructor(
    private readonly plans: PlanReadModel,
    private readonly history: HistoryReadModel,
    private readonly atHead: ReadModelsAtHead,
  ) {}

  async execute({ planId, centroId, objectiveId }: GetHistoryQuery): Promise<HistoryEntry[]> {
    await this.atHead.caughtUp();
    if (!this.plans.get(planId)) throw planNotFound(planId);
    return this.history.list(planId, { centroId, objectiveId });
  }
}

@QueryHandler(ExportPlanQuery)
export class ExportPlanHandler implements IQueryHandler<ExportPlanQuery, unknown> {
  constructor(
    private readonly plans: PlanReadModel,
    private readonly atHead: ReadModelsAtHead,
  ) {}

  async execute({ planId }: ExportPlanQuery): Promise<unknown> {
    await this.atHead.caughtUp();
    const plan = this.plans.get(planId);
    if (!plan) throw planNotFound(planId);
    return planToDocument(plan);
  }
}
