import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CentroKind, PlanStatus, SCORING_RULE_KINDS, ScoringRuleKind } from '@ciclo/domain';
import { ObjectiveScoreDto } from './objective-score.response.dto';

class ScoreTotalsDto {
  @ApiProperty({ description: 'Points awarded so far, to the cent', example: 84.53 })
  awarded: number;

  @ApiProperty({ description: 'Sum of the points: full achievement of every objective', example: 100 })
  maximum: number;

  @ApiProperty({ type: 'number', nullable: true, description: 'awarded / maximum as a percentage to the cent', example: 84.53 })
  pct: number | null;

  @ApiProperty({ example: 4 }) objectives: number;
  @ApiProperty({ example: 4 }) validatedObjectives: number;
}

class ResponsabileRefDto {
  @ApiProperty({ example: 'roberto.togni' }) id: string;
  @ApiProperty({ example: 'Roberto Togni' }) name: string;
}

export class CentroScoreDto extends ScoreTotalsDto {
  @ApiProperty({ format: 'uuid' }) centroId: string;
  @ApiProperty({ example: 'AG' }) code: string;
  @ApiProperty({ example: 'Servizio Affari Generali' }) name: string;
  @ApiProperty({ enum: ['responsabilita', 'attivita'] }) kind: CentroKind;
  @ApiPropertyOptional({ example: 'AGSCS' }) parentCode?: string;
  @ApiProperty({ type: ResponsabileRefDto }) responsabile: ResponsabileRefDto;

  @ApiProperty({ description: 'Code of the settore (centro di responsabilità) the centro belongs to', example: 'AGSCS' })
  settoreCode: string;

  @ApiProperty({ type: [ObjectiveScoreDto] })
  objectiveScores: ObjectiveScoreDto[];
}

/** A centro di responsabilità with the centri di attività whose parentCode is its code. */
export class SettoreScoreDto extends ScoreTotalsDto {
  @ApiProperty({ example: 'AGSCS' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) centroId: string;

  @ApiProperty({ type: [String], description: 'Codes of the centri in the settore, itself first', example: ['AGSCS', 'AG'] })
  centri: string[];
}

class ScoringRuleDto {
  @ApiProperty({ enum: SCORING_RULE_KINDS }) kind: ScoringRuleKind;
  @ApiPropertyOptional({ description: 'threshold: nothing below this percentage', example: 50 }) minimumPct?: number;
  @ApiPropertyOptional({ type: [Number], description: 'bands: the validated % goes down to the highest band reached', example: [0, 50, 75, 100] })
  bands?: number[];
}

class RulesSourceDto {
  @ApiProperty({ example: 'levate' }) enteCode: string;

  @ApiProperty({ enum: ['default', 'ente'], description: "ente: the file's entry for this ente; default: the file has none" })
  origin: 'default' | 'ente';

  @ApiProperty({ type: ScoringRuleDto }) scoring: ScoringRuleDto;
  @ApiProperty({ description: 'The rule in one sentence (Italian)' }) description: string;
  @ApiPropertyOptional({ description: 'The act that adopted the SMVP', example: 'Delibera di Giunta n. 12 del 30/01/2024' }) adoptedBy?: string;
  @ApiProperty({ description: 'The rules file (SMVP_RULES_PATH)', example: 'config/smvp-rules.json' }) file: string;
}

/** GET /api/plans/:planId/score */
export class PlanScoreDto extends ScoreTotalsDto {
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ example: { code: 'levate', name: 'Comune di Levate' } }) ente: { code: string; name: string };
  @ApiProperty({ example: 2024 }) year: number;
  @ApiProperty({ example: 'consuntivo_validated' }) planStatus: PlanStatus;
  @ApiProperty({ description: 'Every objective validated: the numbers are final' }) complete: boolean;
  @ApiProperty({ type: RulesSourceDto, description: 'Which SMVP rules scored the plan, and from which file' }) rules: RulesSourceDto;
  @ApiProperty({ type: [SettoreScoreDto] }) settori: SettoreScoreDto[];
  @ApiProperty({ type: [CentroScoreDto], description: 'Centri with objectives' }) centri: CentroScoreDto[];
}
