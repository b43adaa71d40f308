import { ApiProperty } from '@nestjs/swagger';
import { DeliberaDto } from './delibera.dto';
import { NestedObject } from './validation/nested';

/** POST /api/plans/:planId/objectives/:objectiveId/milestone: the act that proves the objective's milestone met. */
export class RecordMilestoneDto {
  @ApiProperty({
    type: DeliberaDto,
    description: 'The act, e.g. the delibera di Consiglio approving the Piano di Diritto allo Studio; cited once per ente',
    example: { organo: 'consiglio', numero: 41, data: '2024-10-24' },
  })
  @NestedObject(() => DeliberaDto)
  act: DeliberaDto;
}
