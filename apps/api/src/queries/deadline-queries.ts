import { Query } from '@nestjs/cqrs';
import type { Notification, NotificationFilter, DeadlineFilter, DeadlineView } from '@ciclo/projections';

/** Deadlines with the status they have today (by the API's clock, in the rules' time zone). */
export class ListDeadlinesQuery extends Query<DeadlineView[]> {
  constructor(readonly filter: DeadlineFilter) {
    super();
  }
}

export class ListNotificationsQuery extends Query<Notification[]> {
  constructor(readonly filter: NotificationFilter) {
    super();
  }
}
