import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional } from 'class-validator';
import { PLAN_DOCUMENT_FORMAT } from '@ciclo/domain';
import { ApproveByDeliberaDto } from './approve-by-delibera.dto';
import { CreatePlanDto } from './create-plan.dto';
import { PlanDocumentCentroDto } from './plan-document-centro.dto';
import { MAX_CENTRI } from './validation/limits';
import { NestedArray, NestedObject } from './validation/nested';

/**
 * POST /api/plans/import: a whole plan as GET /api/plans/:planId/export writes it. Its fields
 * are validated exactly like the commands it stands for.
 */
export class PlanDocumentDto extends CreatePlanDto {
  @ApiProperty({ enum: [PLAN_DOCUMENT_FORMAT], example: PLAN_DOCUMENT_FORMAT })
  @IsIn([PLAN_DOCUMENT_FORMAT])
  format: typeof PLAN_DOCUMENT_FORMAT;

  @ApiProperty({ type: [PlanDocumentCentroDto], description: 'Parents before children', maxItems: MAX_CENTRI })
  @NestedArray(() => PlanDocumentCentroDto, { max: MAX_CENTRI })
  centri: PlanDocumentCentroDto[];

  @ApiPropertyOptional({
    type: ApproveByDeliberaDto,
    description: 'When present, the import submits every centro with objectives, proposes and approves the plan',
  })
  @IsOptional()
  @NestedObject(() => ApproveByDeliberaDto)
  approval?: ApproveByDeliberaDto;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Written by export (ids, statuses, monitoring, consuntivo); accepted and ignored on import',
  })
  @IsOptional()
  @IsObject()
  lifecycle?: Record<string, unknown>;
}
