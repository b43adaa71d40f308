import { ActivityIndicator, Centro, Plan } from '../plan/plan-state';
import {
  RESOURCE_KINDS_IN_DOCUMENT_ORDER,
  copyMeasuredValue,
  copyResourceTable,
  objectiveToDocument,
  withoutUndefined,
} from './document-fields';
import { PLAN_DOCUMENT_FORMAT, PlanDocument, PlanDocumentCentro, PlanDocumentIndicator } from './plan-document';
import { planToLifecycle } from './plan-to-lifecycle';

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
    lifecycle: planToLifecycle(plan),
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
