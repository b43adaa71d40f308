import { PartialType } from '@nestjs/swagger';
import { AddActivityDto } from './add-activity.dto';

/** PATCH /api/plans/:planId/centri/:centroId/activities/:activityId: the fields to change, at least one. */
export class ReviseActivityDto extends PartialType(AddActivityDto) {}
