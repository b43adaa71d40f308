import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_ACTIVITY_NUMBER, MAX_LINE_LENGTH, MAX_TITLE_LENGTH } from './validation/limits';

/** POST /api/plans/:planId/centri/:centroId/indicators: an activity indicator, whose yearly values follow. */
export class DefineActivityIndicatorDto {
  @ApiProperty({ description: 'The area the indicator measures', example: 'Atti protocollati', maxLength: MAX_TITLE_LENGTH })
  @IsString()
  @MaxLength(MAX_TITLE_LENGTH)
  area: string;

  @ApiProperty({ example: 'n. protocolli in entrata', maxLength: MAX_LINE_LENGTH })
  @IsString()
  @MaxLength(MAX_LINE_LENGTH)
  description: string;

  @ApiPropertyOptional({
    type: 'integer',
    description: 'Number of the activity it measures',
    example: 1,
    minimum: 1,
    maximum: MAX_ACTIVITY_NUMBER,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ACTIVITY_NUMBER)
  activityNumber?: number;
}
