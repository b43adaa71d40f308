import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { MAX_TEXT_LENGTH } from './validation/limits';

/** POST /api/plans/:planId/variations. A blank reason is the domain's to refuse (409). */
export class OpenVariationDto {
  @ApiProperty({
    description: 'Why the approved plan must change',
    example: 'Nuovo obiettivo sul Piano di Diritto allo Studio richiesto dalla Giunta',
    maxLength: MAX_TEXT_LENGTH,
  })
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH)
  reason: string;
}
