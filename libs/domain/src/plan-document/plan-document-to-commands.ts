import { PlanCommand } from '../commands/plan-commands';
import { RuleViolationError } from '../errors/domain-errors';
import { RESOURCE_KINDS_IN_DOCUMENT_ORDER, copyMeasuredValue, copyResourceTable, withoutUndefined } from './document-fields';
import { PLAN_DOCUMENT_FORMAT, PlanDocument, PlanDocumentCentro } from './plan-document';
import { planDocumentIdPath } from './plan-document-id-paths';

/**
 * The commands that build the plan a document describes, in the order a comune would issue
 * them. `newId` turns a path from `planDocumentIdPath` into an id (the caller derives it from the
 * import's command id). `lifecycle` is ignored: a document imports as a fresh plan.
 */
export function planDocumentToCommands(
  doc: PlanDocument,
  planId: string,
  newId: (path: string) => string,
): PlanCommand[] {
  assertImportable(doc);
  const commands: PlanCommand[] = [
    { type: 'CreatePlan', planId, data: { ente: { ...doc.ente }, year: doc.year, triennio: [...doc.triennio] } },
  ];
  const centroIds = new Map<string, string>();
  for (const centro of doc.centri) {
    const centroId = newId(planDocumentIdPath.centro(centro.code));
    centroIds.set(centro.code, centroId);
    commands.push(...centroCommands(centro, planId, centroId, newId));
  }
  if (doc.approval) {
    for (const centro of doc.centri.filter((c) => c.objectives.length > 0)) {
      commands.push({ type: 'SubmitCentro', planId, data: { centroId: centroIds.get(centro.code)! } });
    }
    commands.push({ type: 'ProposePlan', planId, data: {} });
    commands.push({ type: 'ApprovePlan', planId, data: { delibera: { ...doc.approval.delibera } } });
  }
  return commands;
}

function centroCommands(
  centro: PlanDocumentCentro,
  planId: string,
  centroId: string,
  newId: (path: string) => string,
): PlanCommand[] {
  const { code } = centro;
  const commands: PlanCommand[] = [
    {
      type: 'AddCentro',
      planId,
      data: withoutUndefined({
        centroId,
        code,
        name: centro.name,
        kind: centro.kind,
        parentCode: centro.parentCode,
        responsabile: { ...centro.responsabile },
      }),
    },
  ];
  if (centro.serviceDescription !== undefined) {
    commands.push({ type: 'DescribeService', planId, data: { centroId, description: centro.serviceDescription } });
  }
  centro.activities.forEach((activity, index) => {
    const activityId = newId(planDocumentIdPath.activity(code, index));
    const { number, description, subItems } = activity;
    commands.push({ type: 'AddActivity', planId, data: { centroId, activityId, number, description, subItems: [...subItems] } });
  });
  centro.indicators.forEach((indicator, index) => {
    const indicatorId = newId(planDocumentIdPath.indicator(code, index));
    const { area, description, activityNumber } = indicator;
    commands.push({
      type: 'DefineActivityIndicator',
      planId,
      data: withoutUndefined({ centroId, indicatorId, area, description, activityNumber }),
    });
    for (const [year, value] of Object.entries(indicator.values)) {
      commands.push({ type: 'RecordIndicatorValue', planId, data: { centroId, indicatorId, year: Number(year), value: copyMeasuredValue(value) } });
    }
  });
  for (const kind of RESOURCE_KINDS_IN_DOCUMENT_ORDER) {
    const table = centro.resources[kind];
    if (table) commands.push({ type: 'RecordResources', planId, data: { centroId, kind, table: copyResourceTable(table) } });
  }
  centro.objectives.forEach((objective, index) => {
    const objectiveId = newId(planDocumentIdPath.objective(code, index));
    commands.push({
      type: 'DraftObjective',
      planId,
      data: withoutUndefined({
        centroId,
        objectiveId,
        title: objective.title,
        points: objective.points,
        expectedPerformance: objective.expectedPerformance,
        measures: [...objective.measures],
        indicators: objective.indicators.map((i) => withoutUndefined({ ...i })),
        referenceYears: [...objective.referenceYears],
        deadline: objective.deadline,
        ownerId: objective.ownerId,
        appliesTo: objective.appliesTo,
      }),
    });
  });
  return commands;
}

/** The checks the id paths rely on; everything else is `decide`'s to judge, command by command. */
function assertImportable(doc: PlanDocument): void {
  if (doc.format !== PLAN_DOCUMENT_FORMAT) {
    throw new RuleViolationError(`Unknown plan document format "${doc.format}"; expected ${PLAN_DOCUMENT_FORMAT}`, 'document_format');
  }
  const seen = new Set<string>();
  for (const centro of doc.centri) {
    if (seen.has(centro.code)) {
      throw new RuleViolationError(`Centro code "${centro.code}" appears twice in the document`, 'document_centro_code_unique');
    }
    if (centro.parentCode !== undefined && !seen.has(centro.parentCode)) {
      throw new RuleViolationError(
        `Centro "${centro.code}" names parent "${centro.parentCode}", which must come before it in the document`,
        'document_parent_first',
      );
    }
    seen.add(centro.code);
  }
}
