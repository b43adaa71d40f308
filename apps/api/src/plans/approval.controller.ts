import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Envelope } from '../command-handling/command-envelope.decorator';
import { CommandResult } from '../command-handling/command-result';
import { CommandEnvelope, ExecutePlanCommand } from '../command-handling/execute-plan-command';
import { ApproveByDeliberaDto } from './dto/approve-by-delibera.dto';
import { OpenVariationDto } from './dto/open-variation.dto';
import { RecordBudgetApprovalDto } from './dto/record-budget-approval.dto';
import { ApiCommandResponses, ApiIdParams } from './routing/api-docs';
import { plainData } from './routing/plain-data';
import { PLANS_ROUTE } from './routing/plans-route';
import { IdParam } from './routing/route-params';

const DELIBERA_CONFLICT = 'the delibera is dated in the future or already used by the ente for another act';

/** The Giunta's part: the plan is proposed, approved by delibera, and varied by further delibere. */
@ApiTags('approval')
@Controller(`${PLANS_ROUTE}/:planId`)
export class ApprovalController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('propose')
  @HttpCode(200)
  @ApiOperation({ summary: 'Propose the plan to the Giunta once every centro with objectives is submitted' })
  @ApiIdParams('planId')
  @ApiCommandResponses({
    success: 'The plan is proposed',
    notFound: 'No such plan',
    conflict: 'A centro with objectives is not submitted, or the plan is not in drafting',
  })
  propose(@IdParam('planId') planId: string, @Envelope() envelope: CommandEnvelope): Promise<CommandResult> {
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'ProposePlan', planId, data: {} }, envelope));
  }

  @Post('approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve the proposed plan by delibera; the approved plan is frozen' })
  @ApiIdParams('planId')
  @ApiCommandResponses({
    success: 'The plan is approved',
    notFound: 'No such plan',
    conflict: `The plan is not proposed, or ${DELIBERA_CONFLICT}`,
  })
  approve(
    @IdParam('planId') planId: string,
    @Body() dto: ApproveByDeliberaDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = { delibera: plainData(dto.delibera) };
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'ApprovePlan', planId, data }, envelope));
  }

  @Post('variations')
  @ApiOperation({ summary: 'Open a variation of the approved plan: objectives become editable until it is approved' })
  @ApiIdParams('planId')
  @ApiCommandResponses({
    created: true,
    success: 'The variation is open; `variationId` names it',
    notFound: 'No such plan',
    conflict: 'The plan is not approved, a variation is already open, or the reason is blank',
  })
  openVariation(
    @IdParam('planId') planId: string,
    @Body() dto: OpenVariationDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = { variationId: '', reason: dto.reason };
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'OpenVariation', planId, data }, envelope));
  }

  @Post('variations/:variationId/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve an open variation by delibera' })
  @ApiIdParams('planId', 'variationId')
  @ApiCommandResponses({
    success: 'The variation is approved',
    notFound: 'No such plan, or no such variation in it',
    conflict: `The variation is not the open one, a centro's points no longer sum to 100, or ${DELIBERA_CONFLICT}`,
  })
  approveVariation(
    @IdParam('planId') planId: string,
    @IdParam('variationId') variationId: string,
    @Body() dto: ApproveByDeliberaDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = { variationId, delibera: plainData(dto.delibera) };
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'ApproveVariation', planId, data }, envelope));
  }

  @Post('budget-approval')
  @HttpCode(200)
  @ApiOperation({ summary: "Record the Consiglio's delibera approving the budget: the PIAO is then due 30 days after it" })
  @ApiIdParams('planId')
  @ApiCommandResponses({
    success: 'The budget approval is recorded and the deadlines computed from it move',
    notFound: 'No such plan',
    conflict: `The budget approval is already recorded, the delibera is not of the Consiglio, the plan is past approval, or ${DELIBERA_CONFLICT}`,
  })
  recordBudgetApproval(
    @IdParam('planId') planId: string,
    @Body() dto: RecordBudgetApprovalDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = { delibera: plainData(dto.delibera) };
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'RecordBudgetApproval', planId, data }, envelope));
  }
}
