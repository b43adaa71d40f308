import { ApiProperty } from '@nestjs/swagger';
import { DeliberaDto } from './delibera.dto';
import { NestedObject } from './validation/nested';

/** POST /api/plans/:planId/budget-approval: the Consiglio's delibera approving the budget (it moves the PIAO deadline). */
export class RecordBudgetApprovalDto {
  @ApiProperty({
    type: DeliberaDto,
    description: 'The delibera di Consiglio approving the Bilancio di Previsione; organo must be consiglio',
    example: { organo: 'consiglio', numero: 9, data: '2024-03-14' },
  })
  @NestedObject(() => DeliberaDto)
  delibera: DeliberaDto;
}
