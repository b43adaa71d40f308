import { Body, Controller, HttpCode, Post, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ResourceKind } from '@ciclo/domain';
import { Envelope } from '../command-handling/command-envelope.decorator';
import { CommandResult } from '../command-handling/command-result';
import { CommandEnvelope, ExecutePlanCommand } from '../command-handling/execute-plan-command';
import { AddCentroDto } from './dto/add-centro.dto';
import { DescribeServiceDto } from './dto/describe-service.dto';
import { ResourceTableDto, toResourceTable } from './dto/resource-table.dto';
import { ReturnCentroDto } from './dto/return-centro.dto';
import { ApiCommandResponses, ApiIdParams } from './routing/api-docs';
import { plainData } from './routing/plain-data';
import { PLANS_ROUTE } from './routing/plans-route';
import { IdParam, OneOfParam } from './routing/route-params';

const RESOURCE_KINDS: readonly ResourceKind[] = ['strumentali', 'umane'];
const NO_PLAN_OR_CENTRO = 'No such plan, or no such centro in it';

@ApiTags('centri')
@Controller(`${PLANS_ROUTE}/:planId/centri`)
export class CentriController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Add a centro di responsabilità or di attività, with its responsabile' })
  @ApiIdParams('planId')
  @ApiCommandResponses({
    created: true,
    success: 'The centro is added in draft; `centroId` names it',
    notFound: 'No such plan',
    conflict: 'The code is taken or blank, the parent is unknown, or the plan is no longer editable',
  })
  add(@IdParam('planId') planId: string, @Body() dto: AddCentroDto, @Envelope() envelope: CommandEnvelope): Promise<CommandResult> {
    const data = plainData({ centroId: '', ...dto });
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'AddCentro', planId, data }, envelope));
  }

  @Post(':centroId/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit a centro: its objectives are complete and sum to 100 points' })
  @ApiIdParams('planId', 'centroId')
  @ApiCommandResponses({
    success: 'The centro is submitted',
    notFound: NO_PLAN_OR_CENTRO,
    conflict: 'The centro has no objective, its points do not sum to 100, or it is not in draft or returned',
  })
  submit(
    @IdParam('planId') planId: string,
    @IdParam('centroId') centroId: string,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'SubmitCentro', planId, data: { centroId } }, envelope));
  }

  @Post(':centroId/return')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return a submitted centro to its responsabile, with notes' })
  @ApiIdParams('planId', 'centroId')
  @ApiCommandResponses({
    success: 'The centro is returned',
    notFound: NO_PLAN_OR_CENTRO,
    conflict: 'The notes are blank or the centro is not submitted',
  })
  return(
    @IdParam('planId') planId: string,
    @IdParam('centroId') centroId: string,
    @Body() dto: ReturnCentroDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = { centroId, notes: dto.notes };
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'ReturnCentro', planId, data }, envelope));
  }

  @Put(':centroId/service-description')
  @ApiOperation({ summary: 'Set the description and purpose of the service ("Descrizione e finalità del servizio")' })
  @ApiIdParams('planId', 'centroId')
  @ApiCommandResponses({
    success: 'The description is recorded',
    notFound: NO_PLAN_OR_CENTRO,
    conflict: 'The description is blank or the centro is not editable',
  })
  describeService(
    @IdParam('planId') planId: string,
    @IdParam('centroId') centroId: string,
    @Body() dto: DescribeServiceDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = { centroId, description: dto.description };
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'DescribeService', planId, data }, envelope));
  }

  @Put(':centroId/resources/:kind')
  @ApiOperation({ summary: 'Replace the instrumental (strumentali) or human (umane) resources table of a centro' })
  @ApiIdParams('planId', 'centroId')
  @ApiParam({ name: 'kind', enum: RESOURCE_KINDS, description: 'Which table' })
  @ApiCommandResponses({
    success: 'The table is recorded',
    notFound: NO_PLAN_OR_CENTRO,
    conflict: 'A row does not have one value per column, or the centro is not editable',
  })
  recordResources(
    @IdParam('planId') planId: string,
    @IdParam('centroId') centroId: string,
    @OneOfParam('kind', RESOURCE_KINDS) kind: ResourceKind,
    @Body() dto: ResourceTableDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = { centroId, kind, table: toResourceTable(dto) };
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'RecordResources', planId, data }, envelope));
  }
}
