import type { Role } from '@ciclo/domain';
import type { CicloClaims } from '../../api/src/auth/token-claims';

/** The people of the Levate 2024 demo, one per role, so that `npm run token -- --demo <role>` needs nothing else. */
export const DEMO_PEOPLE: Record<Role, CicloClaims> = {
  segretario: { sub: 'segretario.levate', name: 'Segretario Comunale di Levate', ente: 'levate', role: 'segretario' },
  responsabile: { sub: 'roberto.togni', name: 'Roberto Togni', ente: 'levate', role: 'responsabile', centri: ['AGSCS'] },
  giunta: { sub: 'sindaco.levate', name: 'Sindaco di Levate', ente: 'levate', role: 'giunta' },
  nucleo: { sub: 'nucleo.levate', name: 'Nucleo di Valutazione', ente: 'levate', role: 'nucleo' },
  admin: { sub: 'admin.ciclo', name: 'Amministratore di sistema', ente: '*', role: 'admin' },
  viewer: { sub: 'cittadino', name: 'Consultazione', ente: 'levate', role: 'viewer' },
};
