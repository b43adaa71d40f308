import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, IsString, Max, MaxLength, Min, ValidateBy, ValidateIf } from 'class-validator';
import { MEASURED_VALUE_KINDS, MeasuredValue } from '@ciclo/domain';
import { IsNotBlank } from './validation/not-blank';
import { MAX_ABS_CENTS, MAX_COUNT, MAX_LINE_LENGTH } from './validation/limits';

type Kind = MeasuredValue['kind'];

/** Refuses a field that the object's kind does not carry, e.g. `value` on a text. */
function OnlyForKinds(...kinds: Kind[]): PropertyDecorator {
  return ValidateBy({
    name: 'onlyForKinds',
    constraints: kinds,
    validator: {
      validate: (_value, args) => kinds.includes((args?.object as { kind?: Kind }).kind as Kind),
      defaultMessage: () => `$property is only allowed when kind is ${kinds.join(' or ')}`,
    },
  });
}

/** A field is checked when its kind needs it, or when it is sent at all (then OnlyForKinds judges it). */
const neededOrSent =
  (field: keyof MeasuredValueDto, ...kinds: Kind[]) =>
  (dto: MeasuredValueDto): boolean =>
    kinds.includes(dto.kind) || dto[field] !== undefined;

@ApiSchema({
  description:
    'A value as the plan writes it. kind "count": `value` (+ optional `note`, e.g. "di cui 43 concessioni cimiteriali"); ' +
    'kind "euro": `cents`, an integer (€ 319.680,10 is 31968010) (+ optional `note`); kind "text": `text` (e.g. "Vacante"); ' +
    'kind "missing": nothing else. A field that the kind does not carry is refused.',
})
export class MeasuredValueDto {
  @ApiProperty({ enum: MEASURED_VALUE_KINDS, example: 'count' })
  @IsIn(MEASURED_VALUE_KINDS)
  kind: Kind;

  @ApiPropertyOptional({ description: 'kind "count" only: how many', example: 4687, minimum: 0, maximum: MAX_COUNT })
  @ValidateIf(neededOrSent('value', 'count'))
  @OnlyForKinds('count')
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_COUNT)
  value?: number;

  @ApiPropertyOptional({ type: 'integer', description: 'kind "euro" only: the amount in euro cents', example: 31968010 })
  @ValidateIf(neededOrSent('cents', 'euro'))
  @OnlyForKinds('euro')
  @IsInt()
  @Min(-MAX_ABS_CENTS)
  @Max(MAX_ABS_CENTS)
  cents?: number;

  @ApiPropertyOptional({ description: 'kinds "count" and "euro": a qualifier of the number', maxLength: MAX_LINE_LENGTH })
  @ValidateIf(neededOrSent('note'))
  @OnlyForKinds('count', 'euro')
  @IsString()
  @MaxLength(MAX_LINE_LENGTH)
  note?: string;

  @ApiPropertyOptional({ description: 'kind "text" only: the value as written', example: 'Vacante', maxLength: MAX_LINE_LENGTH })
  @ValidateIf(neededOrSent('text', 'text'))
  @OnlyForKinds('text')
  @IsString()
  @IsNotBlank()
  @MaxLength(MAX_LINE_LENGTH)
  text?: string;
}

/** The domain value of a validated DTO, with only the fields its kind carries. */
export function toMeasuredValue(dto: MeasuredValueDto): MeasuredValue {
  switch (dto.kind) {
    case 'count':
      return dto.note === undefined ? { kind: 'count', value: dto.value! } : { kind: 'count', value: dto.value!, note: dto.note };
    case 'euro':
      return dto.note === undefined ? { kind: 'euro', cents: dto.cents! } : { kind: 'euro', cents: dto.cents!, note: dto.note };
    case 'text':
      return { kind: 'text', text: dto.text! };
    case 'missing':
      return { kind: 'missing' };
  }
}
