import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { NucleoDocument } from '@ciclo/domain';
import { IsCalendarDate } from './validation/calendar-date';
import { IsNotBlank } from './validation/not-blank';
import { MAX_CODE_LENGTH } from './validation/limits';

/** A document of the Nucleo di Valutazione: a verbale, or the validation of the Relazione. */
export class NucleoDocumentDto implements NucleoDocument {
  @ApiProperty({ description: 'Date of the document, YYYY-MM-DD; not in the future', example: '2025-04-15', format: 'date' })
  @IsCalendarDate()
  data: string;

  @ApiPropertyOptional({ description: 'Number or reference of the document', example: '3/2025', maxLength: MAX_CODE_LENGTH })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(MAX_CODE_LENGTH)
  numero?: string;
}
