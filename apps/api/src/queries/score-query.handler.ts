import { Inject, NotFoundException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { scorePlan } from '@ciclo/domain';
import { PlanReadModel } from '@ciclo/projections';
import { LoadedSmvpRules, SMVP_RULES } from '../infrastructure/smvp-rules.token';
import { ReadModelsAtHead } from './read-models-at-head';
import { GetPlanScoreQuery, PlanScoreWithSource } from './score-queries';

/** The plan's score under its ente's SMVP rules, scored when asked: the rules are not projected. */
@QueryHandler(GetPlanScoreQuery)
export class GetPlanScoreHandler implements IQueryHandler<GetPlanScoreQuery, PlanScoreWithSource> {
  constructor(
    private readonly plans: PlanReadModel,
    @Inject(SMVP_RULES) private readonly smvp: LoadedSmvpRules,
    private readonly atHead: ReadModelsAtHead,
  ) {}

  async execute({ planId }: GetPlanScoreQuery): Promise<PlanScoreWithSource> {
    await this.atHead.caughtUp();
    const plan = this.plans.get(planId);
    if (!plan) throw new NotFoundException(`Plan ${planId} not found`);
    const score = scorePlan(plan, this.smvp.rules);
    return { ...score, rules: { ...score.rules, file: this.smvp.file } };
  }
}
