import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { Delibera, Organo, ORGANI } from '@ciclo/domain';
import { IsCalendarDate } from './validation/calendar-date';
import { MAX_DELIBERA_NUMERO } from './validation/limits';

/** An act of the Giunta or the Consiglio comunale. */
export class DeliberaDto implements Delibera {
  @ApiProperty({ enum: ORGANI, description: 'The organ that adopted the act', example: 'giunta' })
  @IsIn(ORGANI)
  organo: Organo;

  @ApiProperty({
    type: 'integer',
    description: 'Number of the delibera, unique per organo and calendar year of the ente',
    example: 28,
    minimum: 1,
    maximum: MAX_DELIBERA_NUMERO,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_DELIBERA_NUMERO)
  numero: number;

  @ApiProperty({ description: 'Date of the act, YYYY-MM-DD; not in the future', example: '2024-04-09', format: 'date' })
  @IsCalendarDate()
  data: string;
}
