import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { MAX_TEXT_LENGTH } from './validation/limits';

/** PUT /api/plans/:planId/centri/:centroId/service-description */
export class DescribeServiceDto {
  @ApiProperty({
    description: '"Descrizione e finalità del servizio"',
    example: 'Il Servizio gestisce servizi di supporto al Sindaco, alla Giunta, al Segretario Comunale ed al Consiglio Comunale.',
    maxLength: MAX_TEXT_LENGTH,
  })
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH)
  description: string;
}
