import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NucleoWarning, NucleoWarningCode, NucleoWarningSeverity, WarningFact } from '@ciclo/domain';

const CODES: NucleoWarningCode[] = [
  'approved_after_deadline',
  'approved_months_into_year',
  'objective_without_target',
  'consuntivo_recorded_late',
  'no_differentiation',
];

/** Something the Corte dei conti has censured, flagged for the Nucleo di Valutazione. */
export class NucleoWarningDto implements NucleoWarning {
  @ApiProperty({ enum: CODES }) code: NucleoWarningCode;

  @ApiProperty({ enum: ['high', 'medium'], description: 'high: a statutory term missed, or bonuses not differentiated' })
  severity: NucleoWarningSeverity;

  @ApiProperty({ description: 'Italian, for the verbale', example: "L'obiettivo «Transizione digitale» (AG) non ha un indicatore con un valore atteso (target): il grado di raggiungimento non è misurabile." })
  message: string;

  @ApiPropertyOptional({ format: 'uuid' }) objectiveId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) centroId?: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }], nullable: true },
    description: 'The dates and numbers behind the message',
    example: { approvalDate: '2024-04-09', deadline: '2024-01-31', daysLate: 69 },
  })
  facts: Record<string, WarningFact>;
}
