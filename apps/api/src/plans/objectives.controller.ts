import { Body, Controller, Delete, HttpCode, Patch, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Envelope } from '../command-handling/command-envelope.decorator';
import { CommandResult } from '../command-handling/command-result';
import { CommandEnvelope, ExecutePlanCommand } from '../command-handling/execute-plan-command';
import { DraftObjectiveDto } from './dto/draft-objective.dto';
import { MoveDeadlineDto } from './dto/move-deadline.dto';
import { RecordMilestoneDto } from './dto/record-milestone.dto';
import { RecordConsuntivoDto } from './dto/record-consuntivo.dto';
import { RecordMonitoringDto } from './dto/record-monitoring.dto';
import { ReviseObjectiveDto } from './dto/revise-objective.dto';
import { WithdrawObjectiveDto } from './dto/withdraw-objective.dto';
import { ApiCommandResponses, ApiIdParams } from './routing/api-docs';
import { plainData } from './routing/plain-data';
import { PLANS_ROUTE } from './routing/plans-route';
import { requireSomeField } from './routing/require-some-field';
import { IdParam } from './routing/route-params';

const NO_OBJECTIVE = 'No such plan, or no such objective in it';

/** Management objectives: drafted by the responsabile, monitored mid-year, measured at the consuntivo. */
@ApiTags('objectives')
@Controller(`${PLANS_ROUTE}/:planId/objectives`)
export class ObjectivesController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Draft a management objective of a centro' })
  @ApiIdParams('planId')
  @ApiCommandResponses({
    created: true,
    success: 'The objective is drafted; `objectiveId` names it',
    notFound: 'No such plan, or no such centro in it',
    conflict: 'A rule of the objective is broken (blank title, no indicator, no reference year) or the centro is not editable',
  })
  draft(@IdParam('planId') planId: string, @Body() dto: DraftObjectiveDto, @Envelope() envelope: CommandEnvelope): Promise<CommandResult> {
    const data = plainData({ ...dto, objectiveId: '' });
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'DraftObjective', planId, data }, envelope));
  }

  @Patch(':objectiveId')
  @ApiOperation({ summary: 'Revise an objective: any of its fields but the centro (at least one)' })
  @ApiIdParams('planId', 'objectiveId')
  @ApiCommandResponses({
    success: 'The objective is revised (only the fields that differ are recorded)',
    notFound: NO_OBJECTIVE,
    conflict: 'A rule of the objective is broken, it was withdrawn, or its centro is not editable (outside a variation)',
  })
  revise(
    @IdParam('planId') planId: string,
    @IdParam('objectiveId') objectiveId: string,
    @Body() dto: ReviseObjectiveDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    requireSomeField(dto);
    const data = { objectiveId, changes: plainData({ ...dto }) };
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'ReviseObjective', planId, data }, envelope));
  }

  @Delete(':objectiveId')
  @ApiOperation({ summary: 'Withdraw an objective, optionally saying why (the body is optional)' })
  @ApiIdParams('planId', 'objectiveId')
  @ApiBody({ type: WithdrawObjectiveDto, required: false })
  @ApiCommandResponses({
    success: 'The objective is withdrawn',
    notFound: NO_OBJECTIVE,
    conflict: 'It was withdrawn already, or its centro is not editable (outside a variation)',
  })
  withdraw(
    @IdParam('planId') planId: string,
    @IdParam('objectiveId') objectiveId: string,
    @Body() dto: WithdrawObjectiveDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = plainData({ objectiveId, reason: dto.reason });
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'WithdrawObjective', planId, data }, envelope));
  }

  @Post(':objectiveId/monitoring')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the mid-year progress of an objective' })
  @ApiIdParams('planId', 'objectiveId')
  @ApiCommandResponses({
    success: 'The monitoring entry is recorded',
    notFound: NO_OBJECTIVE,
    conflict: 'The plan is not approved yet, or the objective was withdrawn',
  })
  recordMonitoring(
    @IdParam('planId') planId: string,
    @IdParam('objectiveId') objectiveId: string,
    @Body() dto: RecordMonitoringDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = { objectiveId, progressPct: dto.progressPct, notes: dto.notes };
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'RecordMonitoring', planId, data }, envelope));
  }

  @Post(':objectiveId/consuntivo')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record what an objective achieved, with evidence and the indicator values reached' })
  @ApiIdParams('planId', 'objectiveId')
  @ApiCommandResponses({
    success: 'The consuntivo of the objective is recorded',
    notFound: NO_OBJECTIVE,
    conflict: 'The consuntivo is not open, the evidence is blank, or an indicator index does not exist',
  })
  recordConsuntivo(
    @IdParam('planId') planId: string,
    @IdParam('objectiveId') objectiveId: string,
    @Body() dto: RecordConsuntivoDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = plainData({ objectiveId, ...dto });
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'RecordConsuntivo', planId, data }, envelope));
  }

  @Post(':objectiveId/milestone')
  @HttpCode(200)
  @ApiOperation({ summary: "Record that an objective's milestone is met, with the act that proves it (e.g. the Consiglio's delibera on the PDS)" })
  @ApiIdParams('planId', 'objectiveId')
  @ApiCommandResponses({
    success: 'The milestone is met: its deadline is met and its pending reminders are removed',
    notFound: NO_OBJECTIVE,
    conflict:
      'The plan is not approved, the objective has no deadline or was withdrawn, the milestone is already met, ' +
      'or the act is dated in the future or already cited by the ente',
  })
  recordMilestone(
    @IdParam('planId') planId: string,
    @IdParam('objectiveId') objectiveId: string,
    @Body() dto: RecordMilestoneDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = { objectiveId, act: plainData(dto.act) };
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'RecordMilestone', planId, data }, envelope));
  }

  @Post(':objectiveId/deadline')
  @HttpCode(200)
  @ApiOperation({ summary: "Move an objective's deadline, saying why; its reminders move with it" })
  @ApiIdParams('planId', 'objectiveId')
  @ApiCommandResponses({
    success: 'The deadline is moved (the same date again records nothing)',
    notFound: NO_OBJECTIVE,
    conflict: 'The plan is not approved, the objective has no deadline or was withdrawn, its milestone is met, or the reason is blank',
  })
  moveDeadline(
    @IdParam('planId') planId: string,
    @IdParam('objectiveId') objectiveId: string,
    @Body() dto: MoveDeadlineDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = { objectiveId, deadline: dto.deadline, reason: dto.reason };
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'MoveDeadline', planId, data }, envelope));
  }
}
