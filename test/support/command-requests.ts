import type { PlanCommandType } from '@ciclo/domain';

/** Ids of a plan being drafted, for requests that need them. */
export interface PlanIds {
  planId: string;
  centroId: string;
  objectiveId: string;
  activityId: string;
  indicatorId: string;
  variationId: string;
}

export interface CommandRequest {
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
}

const delibera = (numero: number) => ({ organo: 'giunta', numero, data: '2024-04-09' });

/** One valid request per command of the cycle: the HTTP face of the policy table. */
export function commandRequests(ids: PlanIds, unique: number): Record<PlanCommandType, CommandRequest> {
  const plan = `/api/plans/${ids.planId}`;
  const centro = `${plan}/centri/${ids.centroId}`;
  const objective = `${plan}/objectives/${ids.objectiveId}`;
  return {
    CreatePlan: { method: 'POST', path: '/api/plans', body: { ente: { code: 'levate', name: 'Comune di Levate', provincia: 'BG' }, year: 2030 + (unique % 50), triennio: [2030 + (unique % 50), 2032 + (unique % 50)] } },
    AddCentro: { method: 'POST', path: `${plan}/centri`, body: { code: `C${unique}`, name: 'Centro', kind: 'attivita', responsabile: { id: 'resp.x', name: 'X', email: 'x@levate.example' } } },
    DescribeService: { method: 'PUT', path: `${centro}/service-description`, body: { description: 'Servizio' } },
    AddActivity: { method: 'POST', path: `${centro}/activities`, body: { number: 10 + unique, description: 'Attività' } },
    ReviseActivity: { method: 'PATCH', path: `${centro}/activities/${ids.activityId}`, body: { description: 'Attività rivista' } },
    RemoveActivity: { method: 'DELETE', path: `${centro}/activities/${ids.activityId}` },
    DefineActivityIndicator: { method: 'POST', path: `${centro}/indicators`, body: { area: 'Protocollo', description: 'n. atti' } },
    RecordIndicatorValue: { method: 'PUT', path: `${centro}/indicators/${ids.indicatorId}/values/2023`, body: { value: { kind: 'count', value: unique } } },
    RecordResources: { method: 'PUT', path: `${centro}/resources/strumentali`, body: { columns: [{ label: 'Attuale' }], rows: [{ category: 'PC', values: [{ kind: 'count', value: 3 }] }] } },
    DraftObjective: { method: 'POST', path: `${plan}/objectives`, body: { centroId: ids.centroId, title: 'Obiettivo', points: 10, expectedPerformance: 'Risultato', indicators: [{ description: 'Indicatore', target: '100%' }], referenceYears: [2024] } },
    ReviseObjective: { method: 'PATCH', path: objective, body: { title: 'Obiettivo rivisto' } },
    WithdrawObjective: { method: 'DELETE', path: objective },
    SubmitCentro: { method: 'POST', path: `${centro}/submit` },
    ReturnCentro: { method: 'POST', path: `${centro}/return`, body: { notes: 'Da rivedere' } },
    ProposePlan: { method: 'POST', path: `${plan}/propose` },
    ApprovePlan: { method: 'POST', path: `${plan}/approve`, body: { delibera: delibera(100 + unique) } },
    OpenVariation: { method: 'POST', path: `${plan}/variations`, body: { reason: 'Nuovo obiettivo' } },
    ApproveVariation: { method: 'POST', path: `${plan}/variations/${ids.variationId}/approve`, body: { delibera: delibera(200 + unique) } },
    RecordMonitoring: { method: 'POST', path: `${objective}/monitoring`, body: { progressPct: 50, notes: 'A metà' } },
    StartConsuntivo: { method: 'POST', path: `${plan}/consuntivo/start` },
    RecordConsuntivo: { method: 'POST', path: `${objective}/consuntivo`, body: { achievementPct: 90, evidence: 'Relazione' } },
    ValidateConsuntivo: { method: 'POST', path: `${plan}/validate`, body: { verbale: { data: '2024-04-09', numero: '1/2024' }, adjustments: [] } },
    ApproveRelazione: { method: 'POST', path: `${plan}/relazione/approve`, body: { delibera: delibera(300 + unique) } },
    ValidateRelazione: { method: 'POST', path: `${plan}/relazione/validate`, body: { documento: { data: '2024-04-09', numero: '2/2024' } } },
    RefuseRelazione: { method: 'POST', path: `${plan}/relazione/refuse`, body: { reason: 'Incompleta' } },
    RecordMilestone: { method: 'POST', path: `${objective}/milestone`, body: { act: { organo: 'consiglio', numero: 400 + unique, data: '2024-04-09' } } },
    MoveDeadline: { method: 'POST', path: `${objective}/deadline`, body: { deadline: '2024-12-31', reason: 'Proroga' } },
    RecordBudgetApproval: { method: 'POST', path: `${plan}/budget-approval`, body: { delibera: { organo: 'consiglio', numero: 500 + unique, data: '2024-03-01' } } },
  };
}
