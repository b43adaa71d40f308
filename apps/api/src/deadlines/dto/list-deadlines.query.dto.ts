import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { DEADLINE_STATUSES, type DeadlineStatus } from '@ciclo/domain';
import { IsCalendarDate } from '../../plans/dto/validation/calendar-date';
import { ENTE_CODE_PATTERN, MAX_CODE_LENGTH } from '../../plans/dto/validation/limits';

/** GET /api/deadlines?ente=&owner=&status=&from=&to=&planId= */
export class ListDeadlinesQueryDto {
  @ApiPropertyOptional({ description: 'Code of the ente', example: 'levate', pattern: ENTE_CODE_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(ENTE_CODE_PATTERN, { message: '$property must be 1-40 lower-case letters, digits or _' })
  ente?: string;

  @ApiPropertyOptional({ description: 'Id of an owner (a responsabile, the Segretario, the Nucleo)', example: 'roberto.togni' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CODE_LENGTH)
  owner?: string;

  @ApiPropertyOptional({
    enum: DEADLINE_STATUSES,
    description: 'As of today: `missed` is open with its due date passed; `open` is open and still due',
  })
  @IsOptional()
  @IsIn(DEADLINE_STATUSES)
  status?: DeadlineStatus;

  @ApiPropertyOptional({ description: 'Due on or after this day, YYYY-MM-DD', example: '2024-10-01', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Due on or before this day, YYYY-MM-DD', example: '2024-12-31', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ description: 'Only the deadlines of this plan', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  planId?: string;
}
