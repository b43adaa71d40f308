import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

/** GET /api/plans/:planId/history?centroId=&objectiveId= */
export class HistoryQueryDto {
  @ApiPropertyOptional({ description: 'Only what touched this centro', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  centroId?: string;

  @ApiPropertyOptional({ description: 'Only what touched this objective', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  objectiveId?: string;
}
