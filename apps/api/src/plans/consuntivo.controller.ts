import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Envelope } from '../command-handling/command-envelope.decorator';
import { CommandResult } from '../command-handling/command-result';
import { CommandEnvelope, ExecutePlanCommand } from '../command-handling/execute-plan-command';
import { ValidateConsuntivoDto } from './dto/validate-consuntivo.dto';
import { ApiCommandResponses, ApiIdParams } from './routing/api-docs';
import { plainData } from './routing/plain-data';
import { PLANS_ROUTE } from './routing/plans-route';
import { IdParam } from './routing/route-params';

/** The end of the year: the consuntivo is opened, recorded per objective, and validated by the Nucleo. */
@ApiTags('consuntivo')
@Controller(`${PLANS_ROUTE}/:planId`)
export class ConsuntivoController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('consuntivo/start')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open the consuntivo of an approved plan' })
  @ApiIdParams('planId')
  @ApiCommandResponses({
    success: 'The consuntivo is open',
    notFound: 'No such plan',
    conflict: 'The plan is not approved, or a variation is still open',
  })
  start(@IdParam('planId') planId: string, @Envelope() envelope: CommandEnvelope): Promise<CommandResult> {
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'StartConsuntivo', planId, data: {} }, envelope));
  }

  @Post('validate')
  @HttpCode(200)
  @ApiOperation({ summary: 'The Nucleo validates the consuntivo, adjusting achievements with a written reason' })
  @ApiIdParams('planId')
  @ApiCommandResponses({
    success: 'The consuntivo is validated and the points awarded',
    notFound: 'No such plan, or an adjusted objective is not in it',
    conflict:
      'The consuntivo is not complete, an adjustment has a blank reason (adjustment_needs_reason), or the verbale is dated in the future',
  })
  validate(
    @IdParam('planId') planId: string,
    @Body() dto: ValidateConsuntivoDto,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<CommandResult> {
    const data = plainData({ verbale: dto.verbale, adjustments: dto.adjustments });
    return this.commandBus.execute(new ExecutePlanCommand({ type: 'ValidateConsuntivo', planId, data }, envelope));
  }
}
