import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsAsOf } from './validation/as-of';
import { ToInteger } from './validation/query-integer';

/** GET /api/plans/:planId?asOf=&minPosition= */
export class GetPlanQueryDto {
  @ApiPropertyOptional({
    description:
      'The plan as it stood at: a global position (digits, e.g. the position of its approval), a day YYYY-MM-DD ' +
      '(up to the end of that day, UTC) or an ISO timestamp (UTC when it has no zone)',
    examples: { position: { value: '42' }, day: { value: '2024-04-09' }, instant: { value: '2024-04-09T10:15:00+02:00' } },
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @IsAsOf()
  asOf?: string;

  @ApiPropertyOptional({
    type: 'integer',
    description: 'Wait until the read models have reached this global position (the `position` of your last command)',
    example: 42,
    minimum: 0,
  })
  @IsOptional()
  @ToInteger()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  minPosition?: number;
}
