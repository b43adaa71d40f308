import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ObjectiveIndicatorDto } from './objective-indicator.dto';
import { IsCalendarDate } from './validation/calendar-date';
import {
  MAX_CODE_LENGTH,
  MAX_LINE_LENGTH,
  MAX_MEASURES,
  MAX_OBJECTIVE_INDICATORS,
  MAX_REFERENCE_YEARS,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_YEAR,
  MIN_YEAR,
} from './validation/limits';
import { NestedArray } from './validation/nested';

/**
 * What a management objective says, as drafted, revised or imported. A blank title, no indicator
 * or no reference year are the domain's to refuse (409), like every rule about a plan's content.
 */
export class ObjectiveFieldsDto {
  @ApiProperty({ example: 'Transizione digitale', maxLength: MAX_TITLE_LENGTH })
  @IsString()
  @MaxLength(MAX_TITLE_LENGTH)
  title: string;

  @ApiProperty({
    type: 'integer',
    description: 'Maximum points the consuntivo can award; the active objectives of a centro sum to 100',
    example: 55,
    minimum: 1,
    maximum: 100,
  })
  @IsInt()
  @Min(1)
  @Max(100)
  points: number;

  @ApiProperty({
    description: 'Performance attesa',
    example: 'Istruttoria per l\'ottenimento dei finanziamenti PNRR per la transizione digitale',
    maxLength: MAX_TEXT_LENGTH,
  })
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH)
  expectedPerformance: string;

  @ApiPropertyOptional({
    description: 'Sub-measures of the objective, e.g. the six PNRR measures (default none)',
    type: [String],
    example: ['Misura 1.4.4. Spid_Cie', 'Misura 1.4.3. PagoPa'],
    maxItems: MAX_MEASURES,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_MEASURES)
  @IsString({ each: true })
  @MaxLength(MAX_LINE_LENGTH, { each: true })
  measures?: string[];

  @ApiProperty({ type: [ObjectiveIndicatorDto], maxItems: MAX_OBJECTIVE_INDICATORS })
  @NestedArray(() => ObjectiveIndicatorDto, { max: MAX_OBJECTIVE_INDICATORS })
  indicators: ObjectiveIndicatorDto[];

  @ApiProperty({
    description: 'Years the objective refers to',
    type: 'integer',
    isArray: true,
    example: [2024, 2025, 2026],
    maxItems: MAX_REFERENCE_YEARS,
  })
  @IsArray()
  @ArrayMaxSize(MAX_REFERENCE_YEARS)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(MIN_YEAR, { each: true })
  @Max(MAX_YEAR, { each: true })
  referenceYears: number[];

  @ApiPropertyOptional({ description: 'Deadline the plan sets, YYYY-MM-DD', example: '2024-10-31', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  deadline?: string;

  @ApiPropertyOptional({ description: 'Id of the person accountable, when not the responsabile', maxLength: MAX_CODE_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CODE_LENGTH)
  ownerId?: string;

  @ApiPropertyOptional({
    description: 'The staff the objective applies to; absent means all the staff of the settore',
    maxLength: MAX_LINE_LENGTH,
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_LINE_LENGTH)
  appliesTo?: string;
}
