import { as, ApiHarness } from './api-harness';

export const segretario = as('segretario.levate', 'segretario');
export const togni = as('roberto.togni', 'responsabile');
export const giunta = as('sindaco.levate', 'giunta');
export const nucleo = as('nucleo.levate', 'nucleo');

export interface ApprovedPlan {
  planId: string;
  servizioId: string;
  objectiveIds: string[];
}

async function ok(api: ApiHarness, method: string, path: string, body: unknown, headers: Record<string, string>) {
  const response = await api.call(method, path, body, headers);
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/**
 * A plan of the Comune di Levate taken through drafting to the Giunta's approval by the given
 * delibera: a settore and its servizio, whose objectives carry the given titles and points (summing to 100).
 */
export async function approvedPlan(
  api: ApiHarness,
  objectives: { title: string; points: number }[],
  delibera: { organo: 'giunta'; numero: number; data: string } | undefined,
): Promise<ApprovedPlan> {
  const { planId } = await ok(
    api,
    'POST',
    '/api/plans',
    { ente: { code: 'levate', name: 'Comune di Levate', provincia: 'BG' }, year: 2024, triennio: [2024, 2026] },
    segretario,
  );
  const responsabile = { id: 'roberto.togni', name: 'Roberto Togni', email: 'roberto.togni@comune.levate.bg.it' };
  await ok(api, 'POST', `/api/plans/${planId}/centri`, { code: 'AGSCS', name: 'Affari Generali', kind: 'responsabilita', responsabile }, segretario);
  const { centroId: servizioId } = await ok(
    api,
    'POST',
    `/api/plans/${planId}/centri`,
    { code: 'SAG', name: 'Servizio Affari Generali', kind: 'attivita', parentCode: 'AGSCS', responsabile },
    segretario,
  );
  const objectiveIds: string[] = [];
  for (const { title, points } of objectives) {
    const body = {
      centroId: servizioId,
      title,
      points,
      expectedPerformance: `Performance attesa: ${title}`,
      indicators: [{ description: `Indicatore di ${title}`, target: '100%' }],
      referenceYears: [2024],
    };
    objectiveIds.push((await ok(api, 'POST', `/api/plans/${planId}/objectives`, body, togni)).objectiveId);
  }
  if (delibera) {
    await ok(api, 'POST', `/api/plans/${planId}/centri/${servizioId}/submit`, undefined, togni);
    await ok(api, 'POST', `/api/plans/${planId}/propose`, undefined, segretario);
    await ok(api, 'POST', `/api/plans/${planId}/approve`, { delibera }, giunta);
  }
  return { planId, servizioId, objectiveIds };
}
