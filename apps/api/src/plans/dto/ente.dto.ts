import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { Ente } from '@ciclo/domain';
import { IsNotBlank } from './validation/not-blank';
import { ENTE_CODE_PATTERN, MAX_NAME_LENGTH } from './validation/limits';

export class EnteDto implements Ente {
  @ApiProperty({
    description: 'Short code of the ente: 1-40 lower-case letters, digits or _ (it becomes part of stream names)',
    example: 'levate',
    pattern: ENTE_CODE_PATTERN.source,
  })
  @IsString()
  @Matches(ENTE_CODE_PATTERN, { message: '$property must be 1-40 lower-case letters, digits or _' })
  code: string;

  @ApiProperty({ example: 'Comune di Levate', maxLength: MAX_NAME_LENGTH })
  @IsString()
  @IsNotBlank()
  @MaxLength(MAX_NAME_LENGTH)
  name: string;

  @ApiProperty({ description: 'Sigla or name of the provincia', example: 'BG', maxLength: MAX_NAME_LENGTH })
  @IsString()
  @IsNotBlank()
  @MaxLength(MAX_NAME_LENGTH)
  provincia: string;
}
