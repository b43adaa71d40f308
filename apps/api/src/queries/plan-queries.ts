import { Query } from '@nestjs/cqrs';
import type { HistoryEntry, PlanSummary, PlanView } from '@ciclo/projections';

export class GetPlanQuery extends Query<PlanView> {
  /**
   * asOf: a global position (digits) or an ISO date/timestamp;
   * minPosition: wait until the read models have reached this global position (read your writes)
   */
  constructor(
    readonly planId: string,
    readonly asOf?: { position?: number; date?: string },
    readonly minPosition?: number,
  ) {
    super();
  }
}

export class ListPlansQuery extends Query<PlanSummary[]> {
  constructor(
    readonly ente?: string,
    readonly year?: number,
  ) {
    super();
  }
}

export class GetHistoryQuery extends Query<HistoryEntry[]> {
  constructor(
    readonly planId: string,
    readonly centroId?: string,
    readonly objectiveId?: string,
  ) {
    super();
  }
}

export class ExportPlanQuery extends Query<unknown> {
  constructor(readonly planId: string) {
    super();
  }
}
