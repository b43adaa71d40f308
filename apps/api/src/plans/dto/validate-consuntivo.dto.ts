import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { NucleoAdjustment } from '@ciclo/domain';
import { NucleoDocumentDto } from './nucleo-document.dto';
import { MAX_ADJUSTMENTS, MAX_TEXT_LENGTH } from './validation/limits';
import { NestedArray, NestedObject } from './validation/nested';

/** The Nucleo's correction of one objective's recorded achievement. */
export class NucleoAdjustmentDto implements NucleoAdjustment {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  objectiveId: string;

  @ApiProperty({ description: 'The achievement the Nucleo validates, 0-100', example: 80, minimum: 0, maximum: 100 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  achievementPct: number;

  /** Required here; a blank reason reaches the domain, whose rule adjustment_needs_reason answers 409. */
  @ApiProperty({
    description: 'Why the Nucleo changes the recorded achievement (required and not blank)',
    example: 'Due misure su sei concluse dopo il 31 dicembre',
    maxLength: MAX_TEXT_LENGTH,
  })
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH)
  reason: string;
}

/** POST /api/plans/:planId/validate: the Nucleo validates the consuntivo. */
export class ValidateConsuntivoDto {
  @ApiProperty({ type: NucleoDocumentDto, description: 'The verbale of the Nucleo' })
  @NestedObject(() => NucleoDocumentDto)
  verbale: NucleoDocumentDto;

  @ApiProperty({
    type: [NucleoAdjustmentDto],
    description: 'Achievements the Nucleo corrects; empty when it validates them as recorded',
    maxItems: MAX_ADJUSTMENTS,
  })
  @NestedArray(() => NucleoAdjustmentDto, { max: MAX_ADJUSTMENTS })
  adjustments: NucleoAdjustmentDto[];
}
