import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_ACTIVITY_NUMBER, MAX_LINE_LENGTH, MAX_SUB_ITEMS, MAX_TEXT_LENGTH } from './validation/limits';

/** POST /api/plans/:planId/centri/:centroId/activities: one of the "principali attività" of the service. */
export class AddActivityDto {
  @ApiProperty({
    type: 'integer',
    description: 'Number of the activity in the list',
    example: 1,
    minimum: 1,
    maximum: MAX_ACTIVITY_NUMBER,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_ACTIVITY_NUMBER)
  number: number;

  @ApiProperty({ example: 'Protocollazione notificazione atti', maxLength: MAX_TEXT_LENGTH })
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH)
  description: string;

  @ApiPropertyOptional({
    description: 'Sub-items of the activity, in order',
    type: [String],
    example: ['Consiglio Comunale: redazione dell\'ordine del giorno', 'Giunta Comunale: predisposizione delle deliberazioni'],
    maxItems: MAX_SUB_ITEMS,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SUB_ITEMS)
  @IsString({ each: true })
  @MaxLength(MAX_LINE_LENGTH, { each: true })
  subItems?: string[];
}
