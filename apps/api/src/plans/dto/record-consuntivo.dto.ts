import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IndicatorValueReached } from '@ciclo/domain';
import { MAX_LINE_LENGTH, MAX_OBJECTIVE_INDICATORS, MAX_TEXT_LENGTH } from './validation/limits';
import { NestedArray } from './validation/nested';

export class IndicatorValueReachedDto implements IndicatorValueReached {
  @ApiProperty({ type: 'integer', description: 'Index of the indicator in the objective\'s indicators, from 0', example: 0, minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(MAX_OBJECTIVE_INDICATORS - 1)
  indicator: number;

  @ApiProperty({ description: 'The value reached, as written', example: '6 finanziamenti ottenuti su 6', maxLength: MAX_LINE_LENGTH })
  @IsString()
  @MaxLength(MAX_LINE_LENGTH)
  value: string;
}

/** POST /api/plans/:planId/objectives/:objectiveId/consuntivo: what the objective achieved. */
export class RecordConsuntivoDto {
  @ApiProperty({ description: 'Degree of achievement, 0-100', example: 100, minimum: 0, maximum: 100 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  achievementPct: number;

  @ApiProperty({
    description: 'What shows the achievement (acts, data, platforms)',
    example: 'Decreti di finanziamento delle sei misure PNRR',
    maxLength: MAX_TEXT_LENGTH,
  })
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH)
  evidence: string;

  @ApiPropertyOptional({ type: [IndicatorValueReachedDto], maxItems: MAX_OBJECTIVE_INDICATORS })
  @IsOptional()
  @NestedArray(() => IndicatorValueReachedDto, { max: MAX_OBJECTIVE_INDICATORS })
  indicatorValues?: IndicatorValueReachedDto[];
}
