import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Body of every successful command response. */
export class CommandResponseDto {
  @ApiProperty({ description: 'Plan the command acted on' })
  planId: string;

  @ApiProperty({ description: 'Global position of the command\'s last event; pass it as ?minPosition= to read your writes on another instance' })
  position: number;

  @ApiProperty({ description: 'Revision of the plan stream after the command' })
  revision: number;

  @ApiPropertyOptional() centroId?: string;
  @ApiPropertyOptional() objectiveId?: string;
  @ApiPropertyOptional() variationId?: string;
  @ApiPropertyOptional() activityId?: string;
  @ApiPropertyOptional() indicatorId?: string;
}
