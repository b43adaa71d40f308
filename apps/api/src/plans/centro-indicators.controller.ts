import { Body, Controller, Post, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Envelope } from '../command-handling/command-envelope.decorator';
import { CommandResult } from '../command-handling/command-result';
import { CommandEnvelope, ExecutePlanCommand } from '../command-handling/execute-plan-command';
import { DefineActivityIndicatorDto } from './dto/define-activity-indicator.dto';
import { toMeasuredValue } from './dto/measured-value.dto';
import { RecordIndicatorValueDto } from './dto/record-indicator-value.dto';
import { MAX_YEAR, MIN_YEAR } from './dto/validation/limits';
import { ApiCommandResponses, ApiIdParams } from './routing/api-docs';
import { plainData } from './routing/plain-data';
import { PLANS_ROUTE } from './routing/plans-route';
import { IdParam, YearParam } from './routing/route-params';

/** The activity indicators of a centro and their yearly values (2020, 2021, ...). */
@ApiTags('centri')
@Controller(`${PLANS_ROUTE}/:planId/centri/:centroId/indicators`)
export class CentroIndicatorsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Define an activity indicator of a centro, e.g. "Atti protocollati: n. protocolli in entrata"' })
  @ApiIdParams('planId', 'centroId')
  @ApiCommandResponses({
    created: true,
    success: 'The indicator is defined; `indicatorId` names it',
    notFound: 'No such plan or centro',
    conflict: 'The area or description is blank, or the centro is not editable',
  })
  define(
    @IdParam('planId') planId: string,
    @IdParam('centroId') centroId: string,
    @Body() dto: DefineActivityIndicatorDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = plainData({ centroId, indicatorId: '', ...dto });
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'DefineActivityIndicator', planId, data }, envelope));
  }

  @Put(':indicatorId/values/:year')
  @ApiOperation({ summary: 'Record (or replace) the value of an activity indicator for a year' })
  @ApiIdParams('planId', 'centroId', 'indicatorId')
  @ApiParam({ name: 'year', type: Number, description: `Year of the value, ${MIN_YEAR}-${MAX_YEAR}`, example: 2023 })
  @ApiCommandResponses({
    success: 'The value is recorded',
    notFound: 'No such plan, centro or indicator',
    conflict: 'The centro is not editable',
  })
  recordValue(
    @IdParam('planId') planId: string,
    @IdParam('centroId') centroId: string,
    @IdParam('indicatorId') indicatorId: string,
    @YearParam('year') year: number,
    @Body() dto: RecordIndicatorValueDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = { centroId, indicatorId, year, value: toMeasuredValue(dto.value) };
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'RecordIndicatorValue', planId, data }, envelope));
  }
}
