import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PlanStatus } from '@ciclo/domain';
import { DeliberaDto } from './delibera.dto';
import { EnteDto } from './ente.dto';
import { NucleoWarningDto } from './nucleo-warning.response.dto';

const PLAN_STATUSES: PlanStatus[] = ['drafting', 'proposed', 'approved', 'consuntivo', 'consuntivo_validated', 'relazione_approved', 'closed'];

class ApprovalDto {
  @ApiProperty({ type: DeliberaDto }) delibera: DeliberaDto;
  @ApiProperty({ description: 'When the approval was recorded (ISO timestamp)' }) approvedAt: string;
}

/**
 * GET /api/plans/:planId. The plan's top-level fields; centri, variations and the Relazione are
 * objects as the plan state holds them (see PlanView in libs/projections).
 */
export class PlanViewDto {
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ type: EnteDto }) ente: EnteDto;
  @ApiProperty({ example: 2024 }) year: number;
  @ApiProperty({ type: [Number], example: [2024, 2026] }) triennio: [number, number];
  @ApiProperty({ enum: PLAN_STATUSES }) status: PlanStatus;

  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    description: 'Centri with their activities, indicators, resources and objectives (consuntivo, validation, pointsAwarded)',
  })
  centri: object[];

  @ApiPropertyOptional({ type: ApprovalDto, description: "The Giunta's approving delibera" }) approval?: ApprovalDto;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) variations: object[];
  @ApiPropertyOptional({ format: 'uuid' }) openVariationId?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: "The Nucleo's verbale validating the consuntivo" }) consuntivoValidation?: object;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Approval, validation and refusals of the Relazione sulla Performance' }) relazione?: object;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: "The Consiglio's budget approval, which moves the PIAO deadline" }) budgetApproval?: object;
  @ApiProperty({ description: "Revision of the plan's stream" }) revision: number;
  @ApiProperty({ description: 'Global position of the last event applied' }) position: number;
  @ApiProperty({ description: 'recordedAt of that event' }) updatedAt: string;

  @ApiProperty({
    type: [NucleoWarningDto],
    description:
      'Computed when read from the plan and the SMVP rules: late approval, objectives without a target, late consuntivi, no differentiation',
  })
  warnings: NucleoWarningDto[];
}
