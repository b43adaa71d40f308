import { Module } from '@nestjs/common';
import { SmvpRulesModule } from '../valutazione/smvp-rules.module';
import { GetAuditDossierHandler, VerifyPlanAuditHandler } from './audit-query.handlers';
import { ListDeadlinesHandler, ListNotificationsHandler } from './deadline-query.handlers';
import { ExportPlanHandler, GetHistoryHandler, GetPlanHandler, ListPlansHandler } from './plan-query.handlers';
import { GetPlanScoreHandler } from './score-query.handler';

@Module({
  imports: [SmvpRulesModule],
  providers: [
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
