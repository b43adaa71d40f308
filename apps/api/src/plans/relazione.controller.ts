import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Envelope } from '../command-handling/command-envelope.decorator';
import { CommandResult } from '../command-handling/command-result';
import { CommandEnvelope, ExecutePlanCommand } from '../command-handling/execute-plan-command';
import { ApproveByDeliberaDto } from './dto/approve-by-delibera.dto';
import { RefuseRelazioneDto } from './dto/refuse-relazione.dto';
import { ValidateRelazioneDto } from './dto/validate-relazione.dto';
import { ApiCommandResponses, ApiIdParams } from './routing/api-docs';
import { plainData } from './routing/plain-data';
import { PLANS_ROUTE } from './routing/plans-route';
import { IdParam } from './routing/route-params';

/** The Relazione sulla Performance: approved by the Giunta, then validated or refused by the Nucleo. */
@ApiTags('relazione')
@Controller(`${PLANS_ROUTE}/:planId/relazione`)
export class RelazioneController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'The Giunta approves the Relazione sulla Performance by delibera' })
  @ApiIdParams('planId')
  @ApiCommandResponses({
    success: 'The Relazione is approved',
    notFound: 'No such plan',
    conflict: 'The consuntivo is not validated, the delibera is not of the Giunta, dated in the future or already used',
  })
  approve(
    @IdParam('planId') planId: string,
    @Body() dto: ApproveByDeliberaDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = { delibera: plainData(dto.delibera) };
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'ApproveRelazione', planId, data }, envelope));
  }

  @Post('validate')
  @HttpCode(200)
  @ApiOperation({ summary: 'The Nucleo validates the approved Relazione: the cycle is closed and bonuses may be paid' })
  @ApiIdParams('planId')
  @ApiCommandResponses({
    success: 'The Relazione is validated',
    notFound: 'No such plan',
    conflict: 'The Relazione is not approved, or the document is dated in the future',
  })
  validate(
    @IdParam('planId') planId: string,
    @Body() dto: ValidateRelazioneDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = { documento: plainData(dto.documento) };
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'ValidateRelazione', planId, data }, envelope));
  }

  @Post('refuse')
  @HttpCode(200)
  @ApiOperation({ summary: 'The Nucleo refuses the approved Relazione with a reason; the Giunta approves a corrected one' })
  @ApiIdParams('planId')
  @ApiCommandResponses({
    success: 'The refusal is recorded',
    notFound: 'No such plan',
    conflict: 'The Relazione is not approved, or the reason is blank',
  })
  refuse(
    @IdParam('planId') planId: string,
    @Body() dto: RefuseRelazioneDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'RefuseRelazione', planId, data: { reason: dto.reason } }, envelope));
  }
}
