import { Role } from '../values/actor';

/**
 * Who is asking, as the API authenticated them: a bearer token's claims, or the development
 * headers. `enti` are the codes of the comuni they act for (a Nucleo may serve several);
 * 'all' only for an IT administrator of the whole installation.
 */
export interface Principal {
  id: string;
  name?: string;
  role: Role;
  enti: readonly string[] | 'all';
  /** codes of the centri a responsabile owns besides those naming them as responsabile */
  centri: readonly string[];
}

export function actsForEnte(principal: Principal, enteCode: string): boolean {
  return principal.enti === 'all' || principal.enti.includes(enteCode);
}
