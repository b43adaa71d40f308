import { ApiProperty } from '@nestjs/swagger';
import { MeasuredValueDto } from './measured-value.dto';
import { NestedObject } from './validation/nested';

/** PUT /api/plans/:planId/centri/:centroId/indicators/:indicatorId/values/:year */
export class RecordIndicatorValueDto {
  @ApiProperty({ type: MeasuredValueDto, example: { kind: 'count', value: 59, note: 'di cui 43 concessioni cimiteriali' } })
  @NestedObject(() => MeasuredValueDto)
  value: MeasuredValueDto;
}
