import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from './validation/calendar-date';
import { MAX_TEXT_LENGTH } from './validation/limits';

/** POST /api/plans/:planId/objectives/:objectiveId/deadline: move an objective's deadline, saying why. */
export class MoveDeadlineDto {
  @ApiProperty({ description: 'The new deadline, YYYY-MM-DD', example: '2024-11-15', format: 'date' })
  @IsCalendarDate()
  deadline: string;

  @ApiProperty({ description: 'Why it moves (a blank one is refused with rule deadline_move_reason_required)', example: 'Consiglio Comunale convocato a novembre', maxLength: MAX_TEXT_LENGTH })
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH)
  reason: string;
}
