import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { Person } from '@ciclo/domain';
import { IsNotBlank } from './validation/not-blank';
import { MAX_CODE_LENGTH, MAX_EMAIL_LENGTH, MAX_NAME_LENGTH } from './validation/limits';

/** A named person, e.g. the responsabile of a centro. */
export class PersonDto implements Person {
  @ApiProperty({ description: 'Stable id of the person (the X-Actor they act as)', example: 'roberto.togni', maxLength: MAX_CODE_LENGTH })
  @IsString()
  @IsNotBlank()
  @MaxLength(MAX_CODE_LENGTH)
  id: string;

  @ApiProperty({ example: 'Roberto Togni', maxLength: MAX_NAME_LENGTH })
  @IsString()
  @IsNotBlank()
  @MaxLength(MAX_NAME_LENGTH)
  name: string;

  @ApiProperty({ example: 'roberto.togni@comune.levate.bg.it', format: 'email', maxLength: MAX_EMAIL_LENGTH })
  @IsString()
  @MaxLength(MAX_EMAIL_LENGTH)
  @IsEmail()
  email: string;
}
