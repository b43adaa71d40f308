import { Module } from '@nestjs/common';
import { AuditController } from '../audit/audit.controller';
import { ApprovalController } from './approval.controller';
import { CentriController } from './centri.controller';
import { CentroActivitiesController } from './centro-activities.controller';
import { CentroIndicatorsController } from './centro-indicators.controller';
import { ConsuntivoController } from './consuntivo.controller';
import { ObjectivesController } from './objectives.controller';
import { PlanDocumentsController } from './plan-documents.controller';
import { PlansController } from './plans.controller';
import { RelazioneController } from './relazione.controller';
import { ScoreController } from './score.controller';

/**
 * The HTTP edge of plans: DTOs in, commands and queries out. CommandBus and QueryBus come from
 * the global CqrsModule.forRoot() of the app, so this module imports nothing.
 */
@Module({
  controllers: [
    PlansController,
    PlanDocumentsController,
    CentriController,
    CentroActivitiesController,
    CentroIndicatorsController,
    ObjectivesController,
    ApprovalController,
    ConsuntivoController,
    RelazioneController,
    ScoreController,
    AuditController,
  ],
})
export class PlansHttpModule {}
