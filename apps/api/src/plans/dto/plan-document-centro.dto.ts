import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, MaxLength, ValidateBy, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { MEASURED_VALUE_KINDS } from '@ciclo/domain';
import { AddActivityDto } from './add-activity.dto';
import { AddCentroDto } from './add-centro.dto';
import { DefineActivityIndicatorDto } from './define-activity-indicator.dto';
import { MeasuredValueDto } from './measured-value.dto';
import { ObjectiveFieldsDto } from './objective-fields.dto';
import { ResourceTableDto } from './resource-table.dto';
import {
  MAX_ACTIVITIES,
  MAX_ACTIVITY_INDICATORS,
  MAX_INDICATOR_VALUES,
  MAX_OBJECTIVES,
  MAX_TEXT_LENGTH,
  MAX_YEAR,
  MIN_YEAR,
} from './validation/limits';
import { NestedArray, NestedObject } from './validation/nested';

const YEAR_KEY = /^\d{4}$/;

/** The keys of an indicator's values are years, and there are not too many of them. */
function HasYearKeys(): PropertyDecorator {
  return ValidateBy({
    name: 'hasYearKeys',
    validator: {
      validate: (values) =>
        !(values instanceof Map) ||
        (values.size <= MAX_INDICATOR_VALUES &&
          [...values.keys()].every((key) => YEAR_KEY.test(key) && Number(key) >= MIN_YEAR && Number(key) <= MAX_YEAR)),
      defaultMessage: () => `$property must map at most ${MAX_INDICATOR_VALUES} years (${MIN_YEAR}-${MAX_YEAR}) to values`,
    },
  });
}

@ApiExtraModels(MeasuredValueDto)
export class PlanDocumentIndicatorDto extends DefineActivityIndicatorDto {
  /** A Map while validated, so each value is checked as a MeasuredValueDto and errors read `values.2020.kind`. */
  @ApiProperty({
    description: `Year -> value, e.g. { "2020": { "kind": "count", "value": 4687 } }; kinds: ${MEASURED_VALUE_KINDS.join(', ')}`,
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(MeasuredValueDto) },
    example: { '2022': { kind: 'count', value: 4431 }, '2023': { kind: 'missing' } },
  })
  @IsObject()
  @HasYearKeys()
  @ValidateNested()
  @Type(() => MeasuredValueDto)
  values: Map<string, MeasuredValueDto>;
}

export class PlanDocumentResourcesDto {
  @ApiPropertyOptional({ type: ResourceTableDto, description: 'Risorse strumentali (mobili e attrezzature)' })
  @IsOptional()
  @NestedObject(() => ResourceTableDto)
  strumentali?: ResourceTableDto;

  @ApiPropertyOptional({ type: ResourceTableDto, description: 'Risorse umane (personale)' })
  @IsOptional()
  @NestedObject(() => ResourceTableDto)
  umane?: ResourceTableDto;
}

/** A centro as the document writes it: no ids; parents come before their children. */
export class PlanDocumentCentroDto extends AddCentroDto {
  @ApiPropertyOptional({ description: '"Descrizione e finalità del servizio"', maxLength: MAX_TEXT_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH)
  serviceDescription?: string;

  @ApiProperty({ type: [AddActivityDto], maxItems: MAX_ACTIVITIES })
  @NestedArray(() => AddActivityDto, { max: MAX_ACTIVITIES })
  activities: AddActivityDto[];

  @ApiProperty({ type: [PlanDocumentIndicatorDto], maxItems: MAX_ACTIVITY_INDICATORS })
  @NestedArray(() => PlanDocumentIndicatorDto, { max: MAX_ACTIVITY_INDICATORS })
  indicators: PlanDocumentIndicatorDto[];

  @ApiProperty({ type: [ObjectiveFieldsDto], description: 'Active objectives, in order', maxItems: MAX_OBJECTIVES })
  @NestedArray(() => ObjectiveFieldsDto, { max: MAX_OBJECTIVES })
  objectives: ObjectiveFieldsDto[];

  @ApiProperty({ type: PlanDocumentResourcesDto })
  @NestedObject(() => PlanDocumentResourcesDto)
  resources: PlanDocumentResourcesDto;
}
