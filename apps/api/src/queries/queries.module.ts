import { Module } from '@nestjs/common';
import { ListDeadlinesHandler, ListNotificationsHandler } from './deadline-query.handlers';
import { ExportPlanHandler, GetHistoryHandler, GetPlanHandler, ListPlansHandler } from './plan-query.handlers';

@Module({
  providers: [
    GetPlanHandler,
    ListPlansHandler,
    GetHistoryHandler,
    ExportPlanHandler,
    ListDeadlinesHandler,
    ListNotificationsHandler,
  ],
})
export class QueriesModule {}
