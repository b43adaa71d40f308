import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { ENTE_CODE_PATTERN, MAX_YEAR, MIN_YEAR } from './validation/limits';
import { ToInteger } from './validation/query-integer';

/** GET /api/plans?ente=&year= */
export class ListPlansQueryDto {
  @ApiPropertyOptional({ description: 'Code of the ente', example: 'levate', pattern: ENTE_CODE_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(ENTE_CODE_PATTERN, { message: '$property must be 1-40 lower-case letters, digits or _' })
  ente?: string;

  @ApiPropertyOptional({ type: 'integer', description: 'Year of the plan', example: 2024, minimum: MIN_YEAR, maximum: MAX_YEAR })
  @IsOptional()
  @ToInteger()
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year?: number;
}
