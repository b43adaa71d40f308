import { Module } from '@nestjs/common';
import { DeliberaRegistryService } from './delibera-registry.service';
import { ImportPlanHandler } from './import-plan.handler';
import { PlanCommandHandler } from './plan-command.handler';
import { PlanRepository } from './plan-repository';

@Module({
  providers: [PlanRepository, DeliberaRegistryService, PlanCommandHandler, ImportPlanHandler],
  exports: [PlanRepository],
})
export class CommandHandlingModule {}
