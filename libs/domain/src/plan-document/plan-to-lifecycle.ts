import { Centro, Plan } from '../plan/plan-state';
import { objectiveToDocument, withoutUndefined } from './document-fields';
import { PlanLifecycle, PlanLifecycleObjective } from './plan-lifecycle';

/** The ids, statuses and records of the cycle that ride along an exported document. */
export function planToLifecycle(plan: Plan): PlanLifecycle {
  return withoutUndefined({
    planId: plan.planId,
    status: plan.status,
    revision: plan.revision,
    approval: plan.approval && { ...plan.approval, delibera: { ...plan.approval.delibera } },
    variations: plan.variations.map((variation) =>
      withoutUndefined({ ...variation, delibera: variation.delibera && { ...variation.delibera } }),
    ),
    openVariationId: plan.openVariationId,
    consuntivoValidation: plan.consuntivoValidation && {
      ...plan.consuntivoValidation,
      verbale: { ...plan.consuntivoValidation.verbale },
    },
    relazione: plan.relazione && relazioneOf(plan.relazione),
    budgetApproval: plan.budgetApproval && { ...plan.budgetApproval, delibera: { ...plan.budgetApproval.delibera } },
    centri: plan.centri.map((centro) =>
      withoutUndefined({
        code: centro.code,
        centroId: centro.centroId,
        status: centro.status,
        returnNotes: centro.returnNotes,
      }),
    ),
    objectives: plan.centri.flatMap(objectivesLifecycle),
  });
}

function relazioneOf(relazione: NonNullable<Plan['relazione']>): NonNullable<Plan['relazione']> {
  const { approval, validation, refusals } = relazione;
  return withoutUndefined({
    approval: approval && { ...approval, delibera: { ...approval.delibera } },
    validation: validation && { ...validation, documento: { ...validation.documento } },
    refusals: refusals.map((refusal) => ({ ...refusal })),
  });
}

function objectivesLifecycle(centro: Centro): PlanLifecycleObjective[] {
  let activeIndex = 0;
  return centro.objectives.map((objective) => {
    const records = withoutUndefined({
      centroCode: centro.code,
      objectiveId: objective.objectiveId,
      monitoring: objective.monitoring.map((entry) => ({ ...entry })),
      consuntivo: objective.consuntivo && {
        ...objective.consuntivo,
        indicatorValues: objective.consuntivo.indicatorValues.map((reached) => ({ ...reached })),
      },
      validated: objective.validated && { ...objective.validated },
      pointsAwarded: objective.pointsAwarded,
      milestone: objective.milestone && { ...objective.milestone, act: { ...objective.milestone.act } },
    });
    return objective.status === 'active'
      ? { ...records, status: 'active', index: activeIndex++ }
      : { ...records, status: 'withdrawn', objective: objectiveToDocument(objective) };
  });
}
