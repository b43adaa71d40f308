import { Module } from '@nestjs/common';
import { ExportPlanHandler, GetHistoryHandler, GetPlanHandler, ListPlansHandler } from './plan-query.handlers';

@Module({ providers: [GetPlanHandler, ListPlansHandler, GetHistoryHandler, ExportPlanHandler] })
export class QueriesModule {}
