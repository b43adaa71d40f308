import { ActivityIndicator, Centro, Objective, Plan } from '../plan/plan-state';
import {
  RESOURCE_KINDS_IN_DOCUMENT_ORDER,
  copyMeasuredValue,
  copyResourceTable,
  withoutUndefined,
} from './document-fields';
import {
  PLAN_DOCUMENT_FORMAT,
  PlanDocument,
  PlanDocumentCentro,
  PlanDocumentIndicator,
  PlanDocumentObjective,
} from './plan-document';
import { PlanLifecycle, PlanLifecycleObjective } from './plan-lifecycle';

/**
 * The plan as a document: its fields as they are now (a variation's revised points, say), in the
 * order they were added, with what the cycle recorded in `lifecycle`. The inverse of
 * `planDocumentToCommands`; nothing in it is shared with the plan it was read from.
 */
export function planToDocument(plan: Plan): PlanDocument {
  return {
    format: PLAN_DOCUMENT_FORMAT,
    ente: { ...plan.ente },
    year: plan.year,
    triennio: [plan.triennio[0], plan.triennio[1]],
    centri: plan.centri.map(centroToDocument),
    ...(plan.approval && { approval: { delibera: { ...plan.approval.delibera } } }),
    lifecycle: lifecycleOf(plan),
  };
}

function centroToDocument(centro: Centro): PlanDocumentCentro {
  const resources: PlanDocumentCentro['resources'] = {};
  for (const kind of RESOURCE_KINDS_IN_DOCUMENT_ORDER) {
    const table = centro.resources[kind];
    if (table) resources[kind] = copyResourceTable(table);
  }
  return withoutUndefined({
    code: centro.code,
    name: centro.name,
    kind: centro.kind,
    parentCode: centro.parentCode,
    responsabile: { ...centro.responsabile },
    serviceDescription: centro.serviceDescription,
    activities: centro.activities.map(({ number, description, subItems }) => ({
      number,
      description,
      subItems: [...subItems],
    })),
    indicators: centro.indicators.map(indicatorToDocument),
    objectives: centro.objectives.filter((o) => o.status === 'active').map(objectiveToDocument),
    resources,
  });
}

function indicatorToDocument(indicator: ActivityIndicator): PlanDocumentIndicator {
  const years = Object.keys(indicator.values).sort((a, b) => Number(a) - Number(b));
  return withoutUndefined({
    area: indicator.area,
    description: indicator.description,
    activityNumber: indicator.activityNumber,
    values: Object.fromEntries(years.map((year) => [year, copyMeasuredValue(indicator.values[year])])),
  });
}

function objectiveToDocument(objective: Objective): PlanDocumentObjective {
  return withoutUndefined({
    title: objective.title,
    points: objective.points,
    expectedPerformance: objective.expectedPerformance,
    measures: [...objective.measures],
    indicators: objective.indicators.map((indicator) => withoutUndefined({ ...indicator })),
    referenceYears: [...objective.referenceYears],
    deadline: objective.deadline,
    ownerId: objective.ownerId,
    appliesTo: objective.appliesTo,
  });
}

function lifecycleOf(plan: Plan): PlanLifecycle {
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
    });
    return objective.status === 'active'
      ? { ...records, status: 'active', index: activeIndex++ }
      : { ...records, status: 'withdrawn', objective: objectiveToDocument(objective) };
  });
}
