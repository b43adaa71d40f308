import { ForbiddenError } from '../errors/domain-errors';
import { Role } from '../values/actor';
import { PermissionScope, rolesAllowedTo } from './command-policy';
import { actsForEnte, Principal } from './principal';

/** For actions outside a plan's stream (importing a document, re-planning reminders): role and ente. */
export function authorizeGrant(
  principal: Principal,
  action: string,
  grants: Partial<Record<Role, PermissionScope>>,
  enteCode?: string,
): void {
  if (grants[principal.role] === undefined) {
    throw new ForbiddenError(
      `${principal.id} (${principal.role}) may not ${action}: only ${rolesAllowedTo(grants).join(' or ')} may`,
      action,
      principal.role,
    );
  }
  if (enteCode !== undefined && !actsForEnte(principal, enteCode)) {
    throw new ForbiddenError(`${principal.id} does not act for ente ${enteCode}`, action, principal.role);
  }
}
