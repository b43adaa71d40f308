import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { MAX_TEXT_LENGTH } from './validation/limits';

/** POST /api/plans/:planId/relazione/refuse. A blank reason is the domain's to refuse (409). */
export class RefuseRelazioneDto {
  @ApiProperty({
    description: 'Why the Nucleo does not validate the Relazione; the Giunta approves a corrected one',
    example: 'La Relazione non riporta la variazione approvata con Delibera n. 71/2024',
    maxLength: MAX_TEXT_LENGTH,
  })
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH)
  reason: string;
}
