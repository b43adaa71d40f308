/** What every command response carries: where it was written, and the ids it created. */
export interface CommandResult {
  planId: string;
  /** global position of the command's last event */
  position: number;
  /** revision of the plan's stream after the command */
  revision: number;
  centroId?: string;
  objectiveId?: string;
  variationId?: string;
  activityId?: string;
  indicatorId?: string;
}
