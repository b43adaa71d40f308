import { Principal, Role, ROLES } from '@ciclo/domain';
import { AuthenticationFailure } from './authentication-failure';

type Headers = Record<string, string | string[] | undefined>;

const MAX_HEADER_LENGTH = 200;

/**
 * DEVELOPMENT ONLY (ALLOW_DEV_HEADERS=true): the person from X-Actor, X-Role, X-Ente (comma-separated
 * codes; absent = every ente) and X-Centri. Undefined when the request sends none of them.
 */
export function principalFromDevHeaders(headers: Headers): Principal | undefined {
  const role = single(headers, 'x-role');
  const actor = single(headers, 'x-actor');
  if (role === undefined && actor === undefined) return undefined;
  if (role === undefined || !ROLES.includes(role as Role)) {
    throw new AuthenticationFailure(`x-role must be one of: ${ROLES.join(', ')}`);
  }
  const enti = list(single(headers, 'x-ente'));
  return {
    id: actor ?? 'anonymous',
    role: role as Role,
    enti: enti.length === 0 ? 'all' : enti,
    centri: list(single(headers, 'x-centri')),
  };
}

function single(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text.trim() === '') return undefined;
  if (text.length > MAX_HEADER_LENGTH) throw new AuthenticationFailure(`${name} must be at most ${MAX_HEADER_LENGTH} characters`);
  return text.trim();
}

function list(text: string | undefined): string[] {
  return text === undefined ? [] : text.split(',').map((item) => item.trim()).filter((item) => item !== '');
}
