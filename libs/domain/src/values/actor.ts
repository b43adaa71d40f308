export type Role = 'segretario' | 'responsabile' | 'giunta' | 'nucleo' | 'admin' | 'viewer';
export const ROLES: readonly Role[] = ['segretario', 'responsabile', 'giunta', 'nucleo', 'admin', 'viewer'];

export interface Actor {
  id: string;
  role: Role;
}

export interface Person {
  id: string;
  name: string;
  email: string;
}

export interface Ente {
  /** short code, e.g. "levate" */
  code: string;
  name: string;
  /** e.g. "BG" or "Bergamo" */
  provincia: string;
}
