import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ResourceColumn, ResourceTable } from '@ciclo/domain';
import { MeasuredValueDto, toMeasuredValue } from './measured-value.dto';
import { IsCalendarDate } from './validation/calendar-date';
import { IsNotBlank } from './validation/not-blank';
import { MAX_NAME_LENGTH, MAX_RESOURCE_COLUMNS, MAX_RESOURCE_ROWS } from './validation/limits';

export class ResourceColumnDto implements ResourceColumn {
  @ApiProperty({ example: 'Situazione 31.12.2023', maxLength: MAX_NAME_LENGTH })
  @IsString()
  @IsNotBlank()
  @MaxLength(MAX_NAME_LENGTH)
  label: string;

  @ApiPropertyOptional({ description: 'Date the column refers to, YYYY-MM-DD', example: '2023-12-31', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

export class ResourceRowDto {
  @ApiProperty({ example: 'Cat. C – istruttore amministrativo', maxLength: MAX_NAME_LENGTH })
  @IsString()
  @IsNotBlank()
  @MaxLength(MAX_NAME_LENGTH)
  category: string;

  @ApiProperty({ type: [MeasuredValueDto], description: 'One value per column, in column order', maxItems: MAX_RESOURCE_COLUMNS })
  @IsArray()
  @ArrayMaxSize(MAX_RESOURCE_COLUMNS)
  @ValidateNested({ each: true })
  @Type(() => MeasuredValueDto)
  values: MeasuredValueDto[];
}

/** The instrumental (strumentali) or human (umane) resources of a centro at a few dates. */
export class ResourceTableDto {
  @ApiProperty({ type: [ResourceColumnDto], minItems: 1, maxItems: MAX_RESOURCE_COLUMNS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RESOURCE_COLUMNS)
  @ValidateNested({ each: true })
  @Type(() => ResourceColumnDto)
  columns: ResourceColumnDto[];

  @ApiProperty({ type: [ResourceRowDto], maxItems: MAX_RESOURCE_ROWS })
  @IsArray()
  @ArrayMaxSize(MAX_RESOURCE_ROWS)
  @ValidateNested({ each: true })
  @Type(() => ResourceRowDto)
  rows: ResourceRowDto[];
}

export function toResourceTable(dto: ResourceTableDto): ResourceTable {
  return {
    columns: dto.columns.map((column) =>
      column.date === undefined ? { label: column.label } : { label: column.label, date: column.date },
    ),
    rows: dto.rows.map((row) => ({ category: row.category, values: row.values.map(toMeasuredValue) })),
  };
}
