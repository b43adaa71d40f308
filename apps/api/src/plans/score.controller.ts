import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetPlanScoreQuery, PlanScoreWithSource } from '../queries/score-queries';
import { PlanScoreDto } from './dto/plan-score.response.dto';
import { ApiIdParams, ApiReadModelResponses } from './routing/api-docs';
import { PLANS_ROUTE } from './routing/plans-route';
import { IdParam } from './routing/route-params';

/** The valutazione: the plan's score under the SMVP of its ente. */
@ApiTags('valutazione')
@Controller(`${PLANS_ROUTE}/:planId`)
export class ScoreController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('score')
  @ApiReadModelResponses()
  @ApiOperation({
    summary: "Score a plan under its ente's SMVP rules: per objective, centro, settore and in total, explaining every number",
  })
  @ApiIdParams('planId')
  @ApiOkResponse({
    type: PlanScoreDto,
    description: 'Each objective with its consuntivo, the Nucleo\'s validation and adjustment reason, the rule applied, the points to the cent',
  })
  @ApiBadRequestResponse({ description: 'planId is not a UUID' })
  @ApiNotFoundResponse({ description: 'No such plan' })
  score(@IdParam('planId') planId: string): Promise<PlanScoreWithSource> {
    return this.queryBus.execute(new GetPlanScoreQuery(planId));
  }
}
