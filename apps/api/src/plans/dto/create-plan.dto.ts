import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min } from 'class-validator';
import { EnteDto } from './ente.dto';
import { MAX_YEAR, MIN_YEAR } from './validation/limits';
import { NestedObject } from './validation/nested';

/** POST /api/plans. That the triennio spans three years and holds the year is the domain's rule (409). */
export class CreatePlanDto {
  @ApiProperty({ type: EnteDto })
  @NestedObject(() => EnteDto)
  ente: EnteDto;

  @ApiProperty({ type: 'integer', description: 'Year of the plan (the budget year)', example: 2024, minimum: MIN_YEAR, maximum: MAX_YEAR })
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year: number;

  @ApiProperty({
    description: 'First and last year of the triennio, e.g. [2024, 2026] for 2024-2025-2026',
    type: 'integer',
    isArray: true,
    example: [2024, 2026],
    minItems: 2,
    maxItems: 2,
  })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsInt({ each: true })
  @Min(MIN_YEAR, { each: true })
  @Max(MAX_YEAR, { each: true })
  triennio: [number, number];
}
