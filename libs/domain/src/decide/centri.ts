import { AddCentro, PlanCommandType } from '../commands/plan-commands';
import { NotFoundError, OutOfOrderError, RuleViolationError } from '../errors/domain-errors';
import { Centro, Plan, ResourceTable } from '../plan/plan-state';
import { allowedCommands } from './allowed-commands';
import { CommandDeciders } from './command-deciders';
import { assertCentroEditable } from './editing-window';
import { findCentroByCode, requireCentro } from './lookups';
import { activeObjectives, activePointsSum, assertPointsSumTo100 } from './points-rules';
import { requireText } from './text-rules';

type CentroCommands = 'AddCentro' | 'DescribeService' | 'RecordResources' | 'SubmitCentro' | 'ReturnCentro';

export const centroDeciders: CommandDeciders<CentroCommands> = {
  AddCentro: ({ planId, type, data }, plan) => {
    assertCentroEditable(type, plan);
    assertNewCentro(plan, data);
    const { centroId, code, name, kind, parentCode, responsabile } = data;
    return [
      {
        type: 'CentroAdded',
        data: { planId, centroId, code, name, kind, ...(parentCode !== undefined ? { parentCode } : {}), responsabile },
      },
    ];
  },

  DescribeService: ({ planId, type, data }, plan) => {
    assertCentroEditable(type, plan, requireCentro(plan, data.centroId));
    requireText(data.description, 'the description of the service', 'service_description_required');
    return [{ type: 'ServiceDescribed', data: { planId, centroId: data.centroId, description: data.description } }];
  },

  RecordResources: ({ planId, type, data }, plan) => {
    assertCentroEditable(type, plan, requireCentro(plan, data.centroId));
    assertRowsFitColumns(data.table);
    return [{ type: 'ResourcesRecorded', data: { planId, centroId: data.centroId, kind: data.kind, table: data.table } }];
  },

  SubmitCentro: ({ planId, type, data }, plan) => {
    const centro = requireCentro(plan, data.centroId);
    assertCentroEditable(type, plan, centro);
    assertHasActiveObjective(centro);
    assertPointsSumTo100(centro);
    return [{ type: 'CentroSubmitted', data: { planId, centroId: centro.centroId, totalPoints: activePointsSum(centro) } }];
  },

  ReturnCentro: ({ planId, type, data }, plan) => {
    const centro = requireCentro(plan, data.centroId);
    assertCentroStatus(type, plan, centro, 'submitted');
    requireText(data.notes, 'the notes of a returned centro', 'return_notes_required');
    return [{ type: 'CentroReturned', data: { planId, centroId: centro.centroId, notes: data.notes } }];
  },
};

function assertNewCentro(plan: Plan, data: AddCentro['data']): void {
  if (plan.centri.some((c) => c.centroId === data.centroId)) {
    throw new RuleViolationError(`centro id ${data.centroId} already exists`, 'centro_id_exists');
  }
  requireText(data.code, 'the centro code', 'centro_code_required');
  requireText(data.name, 'the centro name', 'centro_name_required');
  if (findCentroByCode(plan, data.code)) {
    throw new RuleViolationError(`a centro with code ${data.code} already exists in this plan`, 'centro_code_exists');
  }
  if (data.parentCode !== undefined && !findCentroByCode(plan, data.parentCode)) {
    throw new NotFoundError(`parent centro ${data.parentCode} not found in plan ${plan.planId}`);
  }
}

function assertHasActiveObjective(centro: Centro): void {
  if (activeObjectives(centro).length === 0) {
    throw new RuleViolationError(`centro ${centro.code} has no active objective to submit`, 'centro_needs_objective');
  }
}

function assertCentroStatus(commandType: PlanCommandType, plan: Plan, centro: Centro, expected: Centro['status']): void {
  if (centro.status !== expected) {
    throw new OutOfOrderError(commandType, `${plan.status} and centro ${centro.code} is ${centro.status}`, allowedCommands(plan));
  }
}

/** Each row has one value per column (the seed's three dates). */
function assertRowsFitColumns(table: ResourceTable): void {
  const width = table.columns.length;
  const misfit = table.rows.find((row) => row.values.length !== width);
  if (misfit) {
    throw new RuleViolationError(
      `resource row "${misfit.category}" has ${misfit.values.length} values for ${width} columns`,
      'resource_row_width',
    );
  }
}
