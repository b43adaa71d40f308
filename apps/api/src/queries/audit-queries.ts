import { Query } from '@nestjs/cqrs';
import type { AuditDossier } from '../audit/audit-dossier';
import type { PlanAuditVerification } from '../audit/plan-chains';

/** Recompute the hash chains behind a plan (its stream, its reminders, the ente's delibere). */
export class VerifyPlanAuditQuery extends Query<PlanAuditVerification> {
  constructor(readonly planId: string) {
    super();
  }
}

/** The audit dossier of a plan for the Nucleo's verbale. */
export class GetAuditDossierQuery extends Query<AuditDossier> {
  constructor(readonly planId: string) {
    super();
  }
}
