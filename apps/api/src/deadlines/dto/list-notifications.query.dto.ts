import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { REMINDER_CHANNELS, type ReminderChannel } from '@ciclo/domain';
import { IsNotBlank } from '../../plans/dto/validation/not-blank';
import { MAX_CODE_LENGTH } from '../../plans/dto/validation/limits';

/** GET /api/notifications?recipient=&channel= */
export class ListNotificationsQueryDto {
  @ApiProperty({ description: 'Id of the person the reminders were sent to', example: 'roberto.togni' })
  @IsString()
  @IsNotBlank()
  @MaxLength(MAX_CODE_LENGTH)
  recipient: string;

  @ApiPropertyOptional({ enum: REMINDER_CHANNELS, description: 'Default `inbox`, the in-app inbox', default: 'inbox' })
  @IsOptional()
  @IsIn(REMINDER_CHANNELS)
  channel?: ReminderChannel;
}
