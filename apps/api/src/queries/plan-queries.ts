import { Query } from '@nestjs/cqrs';
import type { NucleoWarning } from '@ciclo/domain';
import type { HistoryEntry, PlanSummary, PlanView } from '@ciclo/projections';

/** GET /api/plans/:planId: the plan, with the Nucleo's warnings computed when it is read. */
export type PlanViewWithWarnings = PlanView & { warnings: NucleoWarning[] };

export class GetPlanQuery extends Query<PlanViewWithWarnings> {
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
