import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_TEXT_LENGTH } from './validation/limits';

/** POST /api/plans/:planId/objectives/:objectiveId/monitoring: mid-year progress of an objective. */
export class RecordMonitoringDto {
  @ApiProperty({ description: 'Progress so far, 0-100', example: 60, minimum: 0, maximum: 100 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  progressPct: number;

  @ApiProperty({
    description: 'State of the work and its risks',
    example: 'Finanziamenti PagoPa e Spid_Cie ottenuti; Cloud in istruttoria',
    maxLength: MAX_TEXT_LENGTH,
  })
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH)
  notes: string;
}
