import { Body, Controller, Delete, Patch, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Envelope } from '../command-handling/command-envelope.decorator';
import { CommandResult } from '../command-handling/command-result';
import { CommandEnvelope, ExecutePlanCommand } from '../command-handling/execute-plan-command';
import { AddActivityDto } from './dto/add-activity.dto';
import { ReviseActivityDto } from './dto/revise-activity.dto';
import { ApiCommandResponses, ApiIdParams } from './routing/api-docs';
import { plainData } from './routing/plain-data';
import { PLANS_ROUTE } from './routing/plans-route';
import { requireSomeField } from './routing/require-some-field';
import { IdParam } from './routing/route-params';

const NO_ACTIVITY = 'No such plan, centro or activity';

/** The numbered "principali attività" of a centro. */
@ApiTags('centri')
@Controller(`${PLANS_ROUTE}/:planId/centri/:centroId/activities`)
export class CentroActivitiesController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Add an activity to a centro' })
  @ApiIdParams('planId', 'centroId')
  @ApiCommandResponses({
    created: true,
    success: 'The activity is added; `activityId` names it',
    notFound: 'No such plan or centro',
    conflict: 'The description is blank, the number is taken, or the centro is not editable',
  })
  add(
    @IdParam('planId') planId: string,
    @IdParam('centroId') centroId: string,
    @Body() dto: AddActivityDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = plainData({ centroId, activityId: '', ...dto });
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'AddActivity', planId, data }, envelope));
  }

  @Patch(':activityId')
  @ApiOperation({ summary: 'Revise an activity: any of number, description, subItems (at least one)' })
  @ApiIdParams('planId', 'centroId', 'activityId')
  @ApiCommandResponses({
    success: 'The activity is revised',
    notFound: NO_ACTIVITY,
    conflict: 'The description is blank, the number is taken, or the centro is not editable',
  })
  revise(
    @IdParam('planId') planId: string,
    @IdParam('centroId') centroId: string,
    @IdParam('activityId') activityId: string,
    @Body() dto: ReviseActivityDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    requireSomeField(dto);
    const data = plainData({ centroId, activityId, ...dto });
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'ReviseActivity', planId, data }, envelope));
  }

  @Delete(':activityId')
  @ApiOperation({ summary: 'Remove an activity from a centro' })
  @ApiIdParams('planId', 'centroId', 'activityId')
  @ApiCommandResponses({ success: 'The activity is removed', notFound: NO_ACTIVITY, conflict: 'The centro is not editable' })
  remove(
    @IdParam('planId') planId: string,
    @IdParam('centroId') centroId: string,
    @IdParam('activityId') activityId: string,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = { centroId, activityId };
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'RemoveActivity', planId, data }, envelope));
  }
}
