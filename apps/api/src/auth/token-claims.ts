import { Principal, Role, ROLES } from '@ciclo/domain';

/** The claims Ciclo reads from a bearer token. */
export interface CicloClaims {
  sub: string;
  name?: string;
  /** the ente's code; a list for a Nucleo serving several comuni; "*" only for an installation admin */
  ente: string | string[];
  role: Role;
  /** for a responsabile: codes of the centri they own */
  centri?: string[];
}

const CODE = /^[A-Za-z0-9_.-]{1,64}$/;

/** A verified token's payload as a Principal, or the reason it cannot be one. */
export function principalFromClaims(payload: Record<string, unknown>): Principal | string {
  const { sub, name, ente, role, centri } = payload;
  if (typeof sub !== 'string' || sub.trim() === '' || sub.length > 200) return 'the token has no valid "sub" claim';
  if (typeof role !== 'string' || !ROLES.includes(role as Role)) return `the token's "role" must be one of ${ROLES.join(', ')}`;
  const enti = typeof ente === 'string' ? [ente] : ente;
  if (!Array.isArray(enti) || enti.length === 0 || !enti.every((code) => typeof code === 'string' && (CODE.test(code) || code === '*'))) {
    return 'the token\'s "ente" claim must be an ente code or a list of codes';
  }
  if (enti.includes('*') && role !== 'admin') return 'only an admin token may name every ente ("*")';
  if (centri !== undefined && !(Array.isArray(centri) && centri.every((code) => typeof code === 'string' && CODE.test(code)))) {
    return 'the token\'s "centri" claim must be a list of centro codes';
  }
  return {
    id: sub,
    name: typeof name === 'string' ? name : undefined,
    role: role as Role,
    enti: enti.includes('*') ? 'all' : enti,
    centri: (centri as string[] | undefined) ?? [],
  };
}
