import { Body, Controller, Get, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Envelope } from '../command-handling/command-envelope.decorator';
import { CommandResult } from '../command-handling/command-result';
import { CommandEnvelope } from '../command-handling/execute-plan-command';
import { ImportPlanCommand } from '../command-handling/import-plan-command';
import { ExportPlanQuery } from '../queries/plan-queries';
import { PlanDocumentDto } from './dto/plan-document.dto';
import { toPlanDocument } from './dto/to-plan-document';
import { ApiCommandResponses, ApiIdParams, ApiReadModelResponses } from './routing/api-docs';
import { PLANS_ROUTE } from './routing/plans-route';
import { IdParam } from './routing/route-params';

@ApiTags('plan documents')
@Controller(PLANS_ROUTE)
export class PlanDocumentsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post('import')
  @ApiOperation({ summary: 'Import a whole plan document (format ciclo.plan/v1) as a new plan, all or nothing' })
  @ApiCommandResponses({
    created: true,
    success: 'The plan is created with everything the document holds; `planId` names it',
    conflict: 'The document breaks a rule of the cycle (e.g. a centro\'s points do not sum to 100, a delibera already used)',
  })
  import(@Body() dto: PlanDocumentDto, @Envelope() envelope: CommandEnvelope): Promise<CommandResult> {
    return this.commandBus.execute(new ImportPlanCommand(toPlanDocument(dto), envelope));
  }

  @Get(':planId/export')
  @ApiReadModelResponses()
  @ApiOperation({ summary: 'Export a plan as a document (format ciclo.plan/v1) that POST /api/plans/import accepts' })
  @ApiIdParams('planId')
  @ApiOkResponse({ type: PlanDocumentDto, description: 'The plan document, with `lifecycle`: ids, statuses and records of the cycle' })
  @ApiBadRequestResponse({ description: 'planId is not a UUID' })
  @ApiNotFoundResponse({ description: 'No such plan' })
  export(@IdParam('planId') planId: string): Promise<unknown> {
    return this.queryBus.execute(new ExportPlanQuery(planId));
  }
}
