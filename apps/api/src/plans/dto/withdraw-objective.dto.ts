import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_TEXT_LENGTH } from './validation/limits';

/** DELETE /api/plans/:planId/objectives/:objectiveId: the body is optional. */
export class WithdrawObjectiveDto {
  @ApiPropertyOptional({ description: 'Why the objective is withdrawn', maxLength: MAX_TEXT_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH)
  reason?: string;
}
