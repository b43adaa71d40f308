import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ObjectiveIndicator } from '@ciclo/domain';
import { MAX_LINE_LENGTH } from './validation/limits';

/** How an objective's achievement is measured. A blank description is the domain's to refuse (409). */
export class ObjectiveIndicatorDto implements ObjectiveIndicator {
  @ApiProperty({
    example: 'Dati riscontrati sulla piattaforma PCC (Piattaforma Crediti Commerciali)',
    maxLength: MAX_LINE_LENGTH,
  })
  @IsString()
  @MaxLength(MAX_LINE_LENGTH)
  description: string;

  @ApiPropertyOptional({ description: 'The value to reach', example: 'fatture liquidate entro 30 giorni', maxLength: MAX_LINE_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_LINE_LENGTH)
  target?: string;
}
