import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Body of every successful command response. */
export class CommandResponseDto {
  @ApiProperty({ description: 'Plan the command acted on' })
  planId: string;

  @ApiProperty({ description: 'Global position of the command\'s last event, durable when this answer leaves; a query sent after it shows the command (queries wait for the read models to reach the store\'s head), and GET /api/plans/{planId}?minPosition= waits for at least this position' })
  position: number;

  @ApiProperty({ description: 'Revision of the plan stream after the command' })
  revision: number;

  @ApiPropertyOptional() centroId?: string;
  @ApiPropertyOptional() objectiveId?: string;
  @ApiPropertyOptional() variationId?: string;
  @ApiPropertyOptional() activityId?: string;
  @ApiPropertyOptional() indicatorId?: string;
}
