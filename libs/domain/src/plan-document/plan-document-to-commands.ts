import { PlanCommand } from '../commands/plan-commands';
import { RuleViolationError } from '../errors/domain-errors';
import {
  RESOURCE_KINDS_IN_DOCUMENT_ORDER,
  copyMeasuredValue,
  copyResourceTable,
  withoutUndefined,
} from './document-fields';
import { PLAN_DOCUMENT_FORMAT, PlanDocument, PlanDocumentCentro } from './plan-document';
import { planDocumentIdPath } from './plan-document-id-paths';

type NewId = (path: string) => string;

/** The centro whose content is being turned into commands. */
interface CentroScope {
  planId: string;
  centroId: string;
  code: string;
  newId: NewId;
}

/**
 * The commands that build the plan a document describes, in the order a comune would issue
 * them. `newId` turns a path from `planDocumentIdPath` into an id (the caller derives it from the
 * import's command id). `lifecycle` is ignored: a document imports as a fresh plan.
 */
export function planDocumentToCommands(doc: PlanDocument, planId: string, newId: NewId): PlanCommand[] {
  assertImportable(doc);
  const commands: PlanCommand[] = [
    { type: 'CreatePlan', planId, data: { ente: { ...doc.ente }, year: doc.year, triennio: [...doc.triennio] } },
  ];
  const centroIds = new Map<string, string>();
  for (const centro of doc.centri) {
    const scope = { planId, centroId: newId(planDocumentIdPath.centro(centro.code)), code: centro.code, newId };
    centroIds.set(centro.code, scope.centroId);
    commands.push(...centroCommands(centro, scope));
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

function centroCommands(centro: PlanDocumentCentro, scope: CentroScope): PlanCommand[] {
  const { planId, centroId, code } = scope;
  const { name, kind, parentCode, responsabile, serviceDescription } = centro;
  const commands: PlanCommand[] = [
    {
      type: 'AddCentro',
      planId,
      data: withoutUndefined({ centroId, code, name, kind, parentCode, responsabile: { ...responsabile } }),
    },
  ];
  if (serviceDescription !== undefined) {
    commands.push({ type: 'DescribeService', planId, data: { centroId, description: serviceDescription } });
  }
  return [
    ...commands,
    ...activityCommands(centro, scope),
    ...indicatorCommands(centro, scope),
    ...resourceCommands(centro, scope),
    ...objectiveCommands(centro, scope),
  ];
}

function activityCommands(centro: PlanDocumentCentro, { planId, centroId, code, newId }: CentroScope): PlanCommand[] {
  return centro.activities.map(({ number, description, subItems }, index) => ({
    type: 'AddActivity',
    planId,
    data: {
      centroId,
      activityId: newId(planDocumentIdPath.activity(code, index)),
      number,
      description,
      subItems: [...subItems],
    },
  }));
}

/** Each indicator is defined, then given its values year by year; a blank year is recorded as missing. */
function indicatorCommands(centro: PlanDocumentCentro, { planId, centroId, code, newId }: CentroScope): PlanCommand[] {
  return centro.indicators.flatMap(({ area, description, activityNumber, values }, index): PlanCommand[] => {
    const indicatorId = newId(planDocumentIdPath.indicator(code, index));
    return [
      {
        type: 'DefineActivityIndicator',
        planId,
        data: withoutUndefined({ centroId, indicatorId, area, description, activityNumber }),
      },
      ...Object.entries(values).map(
        ([year, value]): PlanCommand => ({
          type: 'RecordIndicatorValue',
          planId,
          data: { centroId, indicatorId, year: Number(year), value: copyMeasuredValue(value) },
        }),
      ),
    ];
  });
}

function resourceCommands(centro: PlanDocumentCentro, { planId, centroId }: CentroScope): PlanCommand[] {
  return RESOURCE_KINDS_IN_DOCUMENT_ORDER.flatMap((kind): PlanCommand[] => {
    const table = centro.resources[kind];
    if (!table) return [];
    return [{ type: 'RecordResources', planId, data: { centroId, kind, table: copyResourceTable(table) } }];
  });
}

function objectiveCommands(centro: PlanDocumentCentro, { planId, centroId, code, newId }: CentroScope): PlanCommand[] {
  return centro.objectives.map((objective, index) => ({
    type: 'DraftObjective',
    planId,
    data: withoutUndefined({
      centroId,
      objectiveId: newId(planDocumentIdPath.objective(code, index)),
      title: objective.title,
      points: objective.points,
      expectedPerformance: objective.expectedPerformance,
      measures: [...objective.measures],
      indicators: objective.indicators.map((indicator) => withoutUndefined({ ...indicator })),
      referenceYears: [...objective.referenceYears],
      deadline: objective.deadline,
      ownerId: objective.ownerId,
      appliesTo: objective.appliesTo,
    }),
  }));
}

/** The checks the id paths rely on; everything else is `decidePlan`'s to judge, command by command. */
function assertImportable(doc: PlanDocument): void {
  if (doc.format !== PLAN_DOCUMENT_FORMAT) {
    throw new RuleViolationError(
      `Unknown plan document format "${doc.format}"; expected ${PLAN_DOCUMENT_FORMAT}`,
      'document_format',
    );
  }
  const seen = new Set<string>();
  for (const centro of doc.centri) {
    if (seen.has(centro.code)) {
      throw new RuleViolationError(
        `Centro code "${centro.code}" appears twice in the document`,
        'document_centro_code_unique',
      );
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
