import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ObjectiveScore, ObjectiveScoreStatus, SCORING_RULE_KINDS, ScoringRuleKind } from '@ciclo/domain';
import { NucleoDocumentDto } from './nucleo-document.dto';

const STATUSES: ObjectiveScoreStatus[] = ['awaiting_consuntivo', 'awaiting_validation', 'validated'];

export class ConsuntivoRecordDto {
  @ApiProperty({ description: 'Achievement the responsabile recorded, 0-100', example: 80 })
  achievementPct: number;

  @ApiProperty({ example: 'Tempo medio di pagamento 28 giorni su PCC' })
  evidence: string;

  @ApiProperty({ description: 'When it was recorded (ISO timestamp)', example: '2025-02-10T09:00:00.000Z' })
  recordedAt: string;

  @ApiProperty({ description: 'Who recorded it', example: 'roberto.togni' })
  actorId: string;
}

export class ValidationRecordDto {
  @ApiProperty({ example: 80 })
  recordedPct: number;

  @ApiProperty({ description: 'Achievement the Nucleo validated, 0-100', example: 70 })
  validatedPct: number;

  @ApiProperty({ description: 'The Nucleo changed the recorded achievement' })
  adjusted: boolean;

  @ApiPropertyOptional({ description: "The Nucleo's written reason, when it adjusted", example: 'Tempo medio di pagamento 34 giorni su PCC' })
  adjustmentReason?: string;

  @ApiPropertyOptional({ type: NucleoDocumentDto, description: 'The verbale of the validation' })
  verbale?: NucleoDocumentDto;

  @ApiPropertyOptional({ description: 'When the validation was recorded (ISO timestamp)' })
  validatedAt?: string;
}

export class RuleAppliedDto {
  @ApiProperty({ enum: SCORING_RULE_KINDS })
  kind: ScoringRuleKind;

  @ApiProperty({ description: 'The rule in one sentence (Italian)' })
  description: string;

  @ApiPropertyOptional({ description: 'What the rule made of the validated achievement (Italian)', example: '80% rientra nella fascia del 75%' })
  outcome?: string;
}

/** One objective's score, and everything behind it. */
export class ObjectiveScoreDto implements ObjectiveScore {
  @ApiProperty({ format: 'uuid' }) objectiveId: string;
  @ApiProperty({ format: 'uuid' }) centroId: string;
  @ApiProperty({ example: 'Transizione digitale' }) title: string;

  @ApiProperty({ description: 'Maximum points, earned by full achievement', example: 55 })
  points: number;

  @ApiProperty({ enum: STATUSES, description: 'Nothing is awarded until the Nucleo validates' })
  status: ObjectiveScoreStatus;

  @ApiProperty({ example: 'non ancora validato dal Nucleo' })
  statusLabel: string;

  @ApiPropertyOptional({ type: ConsuntivoRecordDto, description: 'The consuntivo behind the score' })
  consuntivo?: ConsuntivoRecordDto;

  @ApiPropertyOptional({ type: ValidationRecordDto, description: "The Nucleo's validation, with its adjustment" })
  validation?: ValidationRecordDto;

  @ApiProperty({ type: RuleAppliedDto })
  rule: RuleAppliedDto;

  @ApiProperty({ type: 'number', nullable: true, description: 'Share of the points the rule lets count; null until validated', example: 75 })
  effectivePct: number | null;

  @ApiProperty({ type: 'number', nullable: true, description: 'points x effectivePct / 100, to the cent; null until validated', example: 41.25 })
  pointsAwarded: number | null;

  @ApiPropertyOptional({ example: '55 punti × 75% = 41,25 punti' })
  calculation?: string;
}
