import { Query } from '@nestjs/cqrs';
import type { PlanScore } from '@ciclo/domain';

/** The score with the file its rules came from. */
export type PlanScoreWithSource = PlanScore & { rules: PlanScore['rules'] & { file: string } };

export class GetPlanScoreQuery extends Query<PlanScoreWithSource> {
  constructor(readonly planId: string) {
    super();
  }
}
