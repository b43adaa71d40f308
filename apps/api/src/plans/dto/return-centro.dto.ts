import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { MAX_TEXT_LENGTH } from './validation/limits';

/** POST /api/plans/:planId/centri/:centroId/return. Blank notes are the domain's to refuse (409). */
export class ReturnCentroDto {
  @ApiProperty({
    description: 'What the responsabile must change before submitting again',
    example: 'Indicare un target misurabile per l\'obiettivo Istruzione',
    maxLength: MAX_TEXT_LENGTH,
  })
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH)
  notes: string;
}
