import { PlanCommand, PlanCommandType } from '../commands/plan-commands';
import { findObjective } from '../decide/lookups';
import { ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { Centro, Plan } from '../plan/plan-state';
import { COMMAND_POLICY, PermissionScope, rolesAllowedTo } from './command-policy';
import { actsForEnte, Principal } from './principal';

/**
 * Checks the policy table for a command about to be decided: role, ente, and for a responsabile
 * the centro the command touches. Throws ForbiddenError (403); another ente's plan is NotFound (404).
 */
export function authorizeCommand(principal: Principal, command: PlanCommand, plan: Plan | undefined): void {
  const enteCode = command.type === 'CreatePlan' ? command.data.ente.code : plan?.ente.code;
  if (enteCode !== undefined && !actsForEnte(principal, enteCode)) {
    if (command.type === 'CreatePlan') {
      throw forbidden(principal, command.type, `you do not act for ente ${enteCode}`);
    }
    throw new NotFoundError(`plan ${command.planId} not found`);
  }
  const scope = grantedScope(principal, command.type);
  if (scope === 'own_centro' && plan) assertOwnCentro(principal, command, plan);
}

export function grantedScope(principal: Principal, commandType: PlanCommandType): PermissionScope {
  const grants = COMMAND_POLICY[commandType];
  const scope = grants[principal.role];
  if (scope === undefined) {
    const roles = rolesAllowedTo(grants);
    throw forbidden(principal, commandType, `only ${roles.join(' or ')} may send it`);
  }
  return scope;
}

/** A responsabile owns a centro that names them, one listed in their token, and the centri below those. */
export function ownsCentro(principal: Principal, centro: Centro, plan: Plan): boolean {
  const owns = (c: Centro) => c.responsabile.id === principal.id || principal.centri.includes(c.code);
  if (owns(centro)) return true;
  const parent = centro.parentCode === undefined ? undefined : plan.centri.find((c) => c.code === centro.parentCode);
  return parent !== undefined && owns(parent);
}

function assertOwnCentro(principal: Principal, command: PlanCommand, plan: Plan): void {
  const centro = centroTouchedBy(command, plan);
  // a centro or objective that does not exist is decide's to report (404)
  if (centro && !ownsCentro(principal, centro, plan)) {
    throw forbidden(principal, command.type, `centro ${centro.code} is not one of yours`);
  }
}

function centroTouchedBy(command: PlanCommand, plan: Plan): Centro | undefined {
  const data = command.data as { centroId?: string; objectiveId?: string };
  if (data.centroId !== undefined) return plan.centri.find((c) => c.centroId === data.centroId);
  if (data.objectiveId !== undefined) return findObjective(plan, data.objectiveId)?.centro;
  return undefined;
}

function forbidden(principal: Principal, commandType: string, why: string): ForbiddenError {
  return new ForbiddenError(
    `${principal.id} (${principal.role}) may not send ${commandType}: ${why}`,
    commandType,
    principal.role,
  );
}
