import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CentroKind } from '@ciclo/domain';
import { PersonDto } from './person.dto';
import { MAX_CODE_LENGTH, MAX_NAME_LENGTH } from './validation/limits';
import { NestedObject } from './validation/nested';

export const CENTRO_KINDS: readonly CentroKind[] = ['responsabilita', 'attivita'];

/** POST /api/plans/:planId/centri. A blank code or name is the domain's to refuse (409). */
export class AddCentroDto {
  @ApiProperty({ description: 'Short code, unique in the plan', example: 'AG', maxLength: MAX_CODE_LENGTH })
  @IsString()
  @MaxLength(MAX_CODE_LENGTH)
  code: string;

  @ApiProperty({ example: 'Servizio Affari Generali', maxLength: MAX_NAME_LENGTH })
  @IsString()
  @MaxLength(MAX_NAME_LENGTH)
  name: string;

  @ApiProperty({
    enum: CENTRO_KINDS,
    description: 'centro di responsabilità (a settore) or centro di attività (a servizio)',
    example: 'attivita',
  })
  @IsIn(CENTRO_KINDS)
  kind: CentroKind;

  @ApiPropertyOptional({ description: 'Code of the centro this one belongs to', example: 'AGSCS', maxLength: MAX_CODE_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CODE_LENGTH)
  parentCode?: string;

  @ApiProperty({ type: PersonDto, description: 'The responsabile who drafts and submits the centro' })
  @NestedObject(() => PersonDto)
  responsabile: PersonDto;
}
