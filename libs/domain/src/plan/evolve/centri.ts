import { EventHandlers } from './evolve-handlers';
import { updateCentro } from './plan-updates';

type CentroEvents = 'CentroAdded' | 'ServiceDescribed' | 'ResourcesRecorded' | 'CentroSubmitted' | 'CentroReturned';

export const centroHandlers: EventHandlers<CentroEvents> = {
  CentroAdded: (plan, { centroId, code, name, kind, parentCode, responsabile }) => ({
    ...plan,
    centri: [
      ...plan.centri,
      {
        centroId,
        code,
        name,
        kind,
        ...(parentCode !== undefined ? { parentCode } : {}),
        responsabile,
        status: 'draft',
        activities: [],
        indicators: [],
        resources: {},
        objectives: [],
      },
    ],
  }),

  ServiceDescribed: (plan, { centroId, description }) =>
    updateCentro(plan, centroId, (centro) => ({ ...centro, serviceDescription: description })),

  ResourcesRecorded: (plan, { centroId, kind, table }) =>
    updateCentro(plan, centroId, (centro) => ({ ...centro, resources: { ...centro.resources, [kind]: table } })),

  CentroSubmitted: (plan, { centroId }) =>
    updateCentro(plan, centroId, (centro) => ({ ...centro, status: 'submitted' })),

  // A centro returned while the plan waits for the Giunta reopens the drafting of the whole plan.
  CentroReturned: (plan, { centroId, notes }) => ({
    ...updateCentro(plan, centroId, (centro) => ({ ...centro, status: 'returned', returnNotes: notes })),
    status: plan.status === 'proposed' ? 'drafting' : plan.status,
  }),
};
