import { Module } from '@nestjs/common';
import { SmvpRulesModule } from '../valutazione/smvp-rules.module';
import { GetAuditDossierHandler, VerifyPlanAuditHandler } from './audit-query.handlers';
import { ListDeadlinesHandler, ListNotificationsHandler } from './deadline-query.handlers';
import { ExportPlanHandler, GetHistoryHandler, GetPlanHandler, ListPlansHandler } from './plan-query.handlers';
import { ReadModelsAtHead } from './read-models-at-head';
import { GetPlanScoreHandler } from './score-query.handler';

@Module({
  imports: [SmvpRulesModule],
  providers: [
    ReadModelsAtHead,
    GetPlanHandler,
    ListPlansHandler,
    GetHistoryHandler,
    ExportPlanHandler,
    ListDeadlinesHandler,
    ListNotificationsHandler,
    GetPlanScoreHandler,
    VerifyPlanAuditHandler,
    GetAuditDossierHandler,
  ],
})
export class QueriesModule {}
