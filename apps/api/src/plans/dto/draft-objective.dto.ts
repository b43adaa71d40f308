import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { ObjectiveFieldsDto } from './objective-fields.dto';

/** POST /api/plans/:planId/objectives */
export class DraftObjectiveDto extends ObjectiveFieldsDto {
  @ApiProperty({ description: 'The centro the objective belongs to', format: 'uuid' })
  @IsUUID()
  centroId: string;
}
