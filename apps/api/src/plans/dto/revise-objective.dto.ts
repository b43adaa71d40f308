import { PartialType } from '@nestjs/swagger';
import { ObjectiveFieldsDto } from './objective-fields.dto';

/** PATCH /api/plans/:planId/objectives/:objectiveId: the fields to change, at least one; the centro stays. */
export class ReviseObjectiveDto extends PartialType(ObjectiveFieldsDto) {}
