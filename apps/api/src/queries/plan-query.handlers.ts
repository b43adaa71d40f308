import { Inject, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
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
  ProjectionFollower,
} from '@ciclo/projections';
import { LoadedSmvpRules, SMVP_RULES } from '../infrastructure/smvp-rules.token';
import { ExportPlanQuery, GetHistoryQuery, GetPlanQuery, ListPlansQuery, PlanViewWithWarnings } from './plan-queries';

/** How long a query may wait for the read models to reach a position another instance wrote. */
const MIN_POSITION_WAIT_MS = 5_000;

function planNotFound(planId: string): NotFoundException {
  return new NotFoundException(`Plan ${planId} not found`);
}

@QueryHandler(GetPlanQuery)
export class GetPlanHandler implements IQueryHandler<GetPlanQuery, PlanViewWithWarnings> {
  constructor(
    private readonly plans: PlanReadModel,
    private readonly projections: ProjectionFollower,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SMVP_RULES) private readonly smvp: LoadedSmvpRules,
  ) {}

  async execute({ planId, asOf, minPosition }: GetPlanQuery): Promise<PlanViewWithWarnings> {
    if (minPosition !== undefined) await this.waitForPosition(minPosition);
    const plan: PlanView | undefined = asOf ? await planAsOf(this.store, planId, asOf) : this.plans.get(planId);
    if (!plan) throw planNotFound(planId);
    // computed when read, not projected: they follow the current rules file, and cost little
    return { ...plan, warnings: nucleoWarnings(plan, this.smvp.rules) };
  }

  private async waitForPosition(position: number): Promise<void> {
    try {
      await this.projections.waitFor(position, MIN_POSITION_WAIT_MS);
    } catch {
      throw new ServiceUnavailableException(
        `The read models have not reached position ${position} within ${MIN_POSITION_WAIT_MS} ms; retry`,
      );
    }
  }
}

@QueryHandler(ListPlansQuery)
export class ListPlansHandler implements IQueryHandler<ListPlansQuery, PlanSummary[]> {
  constructor(private readonly plans: PlanReadModel) {}

  async execute({ ente, year }: ListPlansQuery): Promise<PlanSummary[]> {
    return this.plans.list({ ente, year });
  }
}

@QueryHandler(GetHistoryQuery)
export class GetHistoryHandler implements IQueryHandler<GetHistoryQuery, HistoryEntry[]> {
  constructor(
    private readonly plans: PlanReadModel,
    private readonly history: HistoryReadModel,
  ) {}

  async execute({ planId, centroId, objectiveId }: GetHistoryQuery): Promise<HistoryEntry[]> {
    if (!this.plans.get(planId)) throw planNotFound(planId);
    return this.history.list(planId, { centroId, objectiveId });
  }
}

@QueryHandler(ExportPlanQuery)
export class ExportPlanHandler implements IQueryHandler<ExportPlanQuery, unknown> {
  constructor(private readonly plans: PlanReadModel) {}

  async execute({ planId }: ExportPlanQuery): Promise<unknown> {
    const plan = this.plans.get(planId);
    if (!plan) throw planNotFound(planId);
    return planToDocument(plan);
  }
}
