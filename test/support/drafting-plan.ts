import type { ApiHarness } from './api-harness';
import type { PlanIds } from './command-requests';

/**
 * A Levate plan being drafted: one centro (AG, of `responsabileId`), an objective, an activity and an
 * indicator, created by `segretario`; the variation id names none.
 */
export async function draftingPlan(api: ApiHarness, segretario: Record<string, string>, responsabileId: string): Promise<PlanIds> {
  const send = async (path: string, body: unknown, id: string): Promise<string> => {
    const response = await api.call('POST', path, body, segretario);
    if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body[id];
  };
  const planId = await send('/api/plans', { ente: { code: 'levate', name: 'Comune di Levate', provincia: 'BG' }, year: 2024, triennio: [2024, 2026] }, 'planId');
  const responsabile = { id: responsabileId, name: 'Responsabile AG', email: 'ag@levate.example' };
  const centroId = await send(`/api/plans/${planId}/centri`, { code: 'AG', name: 'Servizio Affari Generali', kind: 'attivita', responsabile }, 'centroId');
  const objectiveId = await send(`/api/plans/${planId}/objectives`, { centroId, title: 'Digitale', points: 100, expectedPerformance: 'PNRR', indicators: [{ description: 'Misure', target: '6' }], referenceYears: [2024] }, 'objectiveId');
  const activityId = await send(`/api/plans/${planId}/centri/${centroId}/activities`, { number: 1, description: 'Protocollo' }, 'activityId');
  const indicatorId = await send(`/api/plans/${planId}/centri/${centroId}/indicators`, { area: 'Protocollo', description: 'n. protocolli' }, 'indicatorId');
  return { planId, centroId, objectiveId, activityId, indicatorId, variationId: '00000000-0000-4000-8000-000000000000' };
}
