import { ApiProperty } from '@nestjs/swagger';
import { NucleoDocumentDto } from './nucleo-document.dto';
import { NestedObject } from './validation/nested';

/** POST /api/plans/:planId/relazione/validate: the Nucleo validates the Relazione sulla Performance. */
export class ValidateRelazioneDto {
  @ApiProperty({ type: NucleoDocumentDto, description: 'The validation document of the Nucleo' })
  @NestedObject(() => NucleoDocumentDto)
  documento: NucleoDocumentDto;
}
