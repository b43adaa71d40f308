import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '@ciclo/domain';
import type { HistoryEntry, PlanSummary } from '@ciclo/projections';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { visiblePlans } from '../auth/visibility';
import { Envelope } from '../command-handling/command-envelope.decorator';
import { CommandResult } from '../command-handling/command-result';
import { CommandEnvelope, ExecutePlanCommand } from '../command-handling/execute-plan-command';
import { GetHistoryQuery, GetPlanQuery, ListPlansQuery, PlanViewWithWarnings } from '../queries/plan-queries';
import { CreatePlanDto } from './dto/create-plan.dto';
import { GetPlanQueryDto } from './dto/get-plan.query.dto';
import { HistoryQueryDto } from './dto/history.query.dto';
import { ListPlansQueryDto } from './dto/list-plans.query.dto';
import { PlanViewDto } from './dto/plan-view.response.dto';
import { parseAsOf } from './dto/validation/as-of';
import { ApiCommandResponses, ApiIdParams, ApiReadModelResponses } from './routing/api-docs';
import { plainData } from './routing/plain-data';
import { PLANS_ROUTE } from './routing/plans-route';
import { IdParam } from './routing/route-params';

@ApiTags('plans')
@Controller(PLANS_ROUTE)
export class PlansController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create the plan of an ente for a year and its triennio' })
  @ApiCommandResponses({
    created: true,
    success: 'The plan is created in drafting; `planId` names it',
    conflict: 'The triennio does not span three years or does not hold the year, or the plan exists already',
  })
  create(@Body() dto: CreatePlanDto, @Envelope() envelope: CommandEnvelope): Promise<CommandResult> {
    const data = plainData({ ente: dto.ente, year: dto.year, triennio: dto.triennio });
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'CreatePlan', planId: '', data }, envelope));
  }

  @Get()
  @ApiReadModelResponses()
  @ApiOperation({ summary: 'List the plans the caller may read (their enti; a viewer only approved ones), optionally of one ente and/or year' })
  @ApiOkResponse({ description: 'Summaries of the plans (PlanSummary[]): ente, year, status, approving delibera' })
  @ApiBadRequestResponse({ description: 'ente or year is malformed, or an unknown query parameter was sent' })
  async list(@Query() query: ListPlansQueryDto, @CurrentPrincipal() principal: Principal): Promise<PlanSummary[]> {
    return visiblePlans(principal, await this.queryBus.execute(new ListPlansQuery(query.ente, query.year)));
  }

  @Get(':planId')
  @ApiReadModelResponses()
  @ApiOperation({ summary: 'Read a plan: now, or as it stood at a past position or date (asOf)' })
  @ApiIdParams('planId')
  @ApiOkResponse({
    type: PlanViewDto,
    description: "The plan (PlanView): centri, activities, indicators, objectives, approvals, variations, and the Nucleo's warnings",
  })
  @ApiBadRequestResponse({ description: 'planId is not a UUID, or asOf / minPosition is malformed' })
  @ApiNotFoundResponse({ description: 'No such plan (or it did not exist yet at asOf)' })
  get(@IdParam('planId') planId: string, @Query() query: GetPlanQueryDto): Promise<PlanViewWithWarnings> {
    const asOf = query.asOf === undefined ? undefined : parseAsOf(query.asOf);
    return this.queryBus.execute(new GetPlanQuery(planId, asOf, query.minPosition));
  }

  @Get(':planId/history')
  @ApiReadModelResponses()
  @ApiOperation({ summary: 'Audit history of a plan: who did what, when, under which delibera' })
  @ApiIdParams('planId')
  @ApiOkResponse({ description: 'History entries (HistoryEntry[]) in the order they happened, with the fields each changed' })
  @ApiBadRequestResponse({ description: 'planId, centroId or objectiveId is not a UUID' })
  @ApiNotFoundResponse({ description: 'No such plan' })
  history(@IdParam('planId') planId: string, @Query() query: HistoryQueryDto): Promise<HistoryEntry[]> {
    return this.queryBus.execute(new GetHistoryQuery(planId, query.centroId, query.objectiveId));
  }
}
