import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { localDateOf, type DeadlineRules } from '@ciclo/domain';
import { DeadlineReadModel, NotificationReadModel, type DeadlineView, type Notification } from '@ciclo/projections';
import { Clock } from '../infrastructure/clock';
import { DEADLINE_RULES } from '../infrastructure/deadline-rules.token';
import { ListDeadlinesQuery, ListNotificationsQuery } from './deadline-queries';
import { ReadModelsAtHead } from './read-models-at-head';

@QueryHandler(ListDeadlinesQuery)
export class ListDeadlinesHandler implements IQueryHandler<ListDeadlinesQuery, DeadlineView[]> {
  constructor(
    private readonly deadlines: DeadlineReadModel,
    private readonly clock: Clock,
    @Inject(DEADLINE_RULES) private readonly rules: DeadlineRules,
    private readonly atHead: ReadModelsAtHead,
  ) {}

  async execute({ filter }: ListDeadlinesQuery): Promise<DeadlineView[]> {
    await this.atHead.caughtUp();
    return this.deadlines.list(filter, localDateOf(this.clock.now(), this.rules.timeZone));
  }
}

@QueryHandler(ListNotificationsQuery)
export class ListNotificationsHandler implements IQueryHandler<ListNotificationsQuery, Notification[]> {
  constructor(
    private readonly notifications: NotificationReadModel,
    private readonly atHead: ReadModelsAtHead,
  ) {}

  async execute({ filter }: ListNotificationsQuery): Promise<Notification[]> {
    await this.atHead.caughtUp();
    return this.notifications.list(filter);
  }
}
