import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNotBlank } from '../../plans/dto/validation/not-blank';
import { MAX_CODE_LENGTH } from '../../plans/dto/validation/limits';

/** GET /api/deadlines.ics?owner= */
export class DeadlinesCalendarQueryDto {
  @ApiProperty({ description: 'Id of the owner whose deadlines the calendar holds', example: 'roberto.togni' })
  @IsString()
  @IsNotBlank()
  @MaxLength(MAX_CODE_LENGTH)
  owner: string;

  @ApiPropertyOptional({ description: 'The bearer token, for calendar clients (Outlook, Google Calendar) that cannot send headers' })
  @IsOptional()
  @IsString()
  @MaxLength(8192)
  access_token?: string;
}
