import levate2024 from '../demo/levate-2024.plan.json';
import { ExecutePlanCommand } from '../command-handling/execute-plan-command';
import { ImportPlanCommand } from '../command-handling/import-plan-command';
import { ExportPlanQuery, GetHistoryQuery, GetPlanQuery, ListPlansQuery } from '../queries/plan-queries';
import {
  affariGenerali,
  delibera28,
  istruzione,
  LEVATE_CENTRO_ID,
  LEVATE_OBJECTIVE_ID,
  levatePlan,
  risorseUmane,
} from './dto/testing/levate-payloads';
import { CREATED_PLAN_ID, RecordingApp, startRecordingApp } from './testing/recording-app';

const PLAN = 'c56a4180-65aa-42ec-a945-5fd21dec0538';
const CENTRO = LEVATE_CENTRO_ID;
const OBJECTIVE = LEVATE_OBJECTIVE_ID;
const VARIATION = '6ba7b810-9dad-51d1-80b4-00c04fd430c8';
const ACTIVITY = '6ba7b811-9dad-51d1-80b4-00c04fd430c8';
const INDICATOR = '6ba7b812-9dad-51d1-80b4-00c04fd430c8';

let edge: RecordingApp;

beforeAll(async () => {
  edge = await startRecordingApp();
});

afterAll(async () => {
  await edge.app.close();
});

async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${edge.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

function lastCommand() {
  return edge.recorder.last(ExecutePlanCommand).command;
}

function errorFields(body: { errors?: { field: string }[] }): string[] {
  return (body.errors ?? []).map((error) => error.field);
}

const monitoring = { progressPct: 60, notes: 'PDS in preparazione con l\'Istituto Comprensivo' };
const consuntivo = {
  achievementPct: 100,
  evidence: 'Delibera di Consiglio n. 41 del 29/10/2024',
  indicatorValues: [{ indicator: 0, value: 'approvato il 29/10/2024' }],
};
const validation = {
  verbale: { data: '2025-04-15', numero: '3/2025' },
  adjustments: [{ objectiveId: OBJECTIVE, achievementPct: 80, reason: 'Approvato dopo il termine' }],
};

const P = `/api/plans/${PLAN}`;
const C = `${P}/centri/${CENTRO}`;
const O = `${P}/objectives/${OBJECTIVE}`;
const umane = risorseUmane();
const countValue = { kind: 'count', value: 59, note: 'di cui 43 concessioni cimiteriali' };
const indicator = { area: 'Atti protocollati', description: 'n. protocolli in entrata' };

describe('plan commands through HTTP', () => {
  it.each([
    ['POST', '/api/plans', levatePlan(), 201, { type: 'CreatePlan', planId: '', data: levatePlan() }],
    ['POST', `${P}/centri`, affariGenerali(), 201, { type: 'AddCentro', planId: PLAN, data: { centroId: '', ...affariGenerali() } }],
    ['POST', `${C}/submit`, undefined, 200, { type: 'SubmitCentro', planId: PLAN, data: { centroId: CENTRO } }],
    ['POST', `${C}/return`, { notes: 'Manca il target' }, 200, { type: 'ReturnCentro', planId: PLAN, data: { centroId: CENTRO, notes: 'Manca il target' } }],
    [
      'PUT', `${C}/service-description`, { description: 'Supporto al Sindaco' }, 200,
      { type: 'DescribeService', planId: PLAN, data: { centroId: CENTRO, description: 'Supporto al Sindaco' } },
    ],
    ['PUT', `${C}/resources/umane`, umane, 200, { type: 'RecordResources', planId: PLAN, data: { centroId: CENTRO, kind: 'umane', table: umane } }],
    [
      'POST', `${C}/activities`, { number: 4, description: 'Archivio' }, 201,
      { type: 'AddActivity', planId: PLAN, data: { centroId: CENTRO, activityId: '', number: 4, description: 'Archivio' } },
    ],
    [
      'PATCH', `${C}/activities/${ACTIVITY}`, { subItems: ['corrente', 'deposito'] }, 200,
      { type: 'ReviseActivity', planId: PLAN, data: { centroId: CENTRO, activityId: ACTIVITY, subItems: ['corrente', 'deposito'] } },
    ],
    [
      'DELETE', `${C}/activities/${ACTIVITY}`, undefined, 200,
      { type: 'RemoveActivity', planId: PLAN, data: { centroId: CENTRO, activityId: ACTIVITY } },
    ],
    [
      'POST', `${C}/indicators`, indicator, 201,
      { type: 'DefineActivityIndicator', planId: PLAN, data: { centroId: CENTRO, indicatorId: '', ...indicator } },
    ],
    [
      'PUT', `${C}/indicators/${INDICATOR}/values/2020`, { value: countValue }, 200,
      { type: 'RecordIndicatorValue', planId: PLAN, data: { centroId: CENTRO, indicatorId: INDICATOR, year: 2020, value: countValue } },
    ],
    ['POST', `${P}/objectives`, istruzione(), 201, { type: 'DraftObjective', planId: PLAN, data: { ...istruzione(), objectiveId: '' } }],
    ['PATCH', O, { points: 30 }, 200, { type: 'ReviseObjective', planId: PLAN, data: { objectiveId: OBJECTIVE, changes: { points: 30 } } }],
    ['DELETE', O, { reason: 'Assorbito' }, 200, { type: 'WithdrawObjective', planId: PLAN, data: { objectiveId: OBJECTIVE, reason: 'Assorbito' } }],
    ['POST', `${P}/propose`, undefined, 200, { type: 'ProposePlan', planId: PLAN, data: {} }],
    ['POST', `${P}/approve`, { delibera: delibera28() }, 200, { type: 'ApprovePlan', planId: PLAN, data: { delibera: delibera28() } }],
    [
      'POST', `${P}/variations`, { reason: 'Nuovo obiettivo' }, 201,
      { type: 'OpenVariation', planId: PLAN, data: { variationId: '', reason: 'Nuovo obiettivo' } },
    ],
    [
      'POST', `${P}/variations/${VARIATION}/approve`, { delibera: delibera28() }, 200,
      { type: 'ApproveVariation', planId: PLAN, data: { variationId: VARIATION, delibera: delibera28() } },
    ],
    ['POST', `${O}/monitoring`, monitoring, 200, { type: 'RecordMonitoring', planId: PLAN, data: { objectiveId: OBJECTIVE, ...monitoring } }],
    ['POST', `${P}/consuntivo/start`, undefined, 200, { type: 'StartConsuntivo', planId: PLAN, data: {} }],
    ['POST', `${O}/consuntivo`, consuntivo, 200, { type: 'RecordConsuntivo', planId: PLAN, data: { objectiveId: OBJECTIVE, ...consuntivo } }],
    ['POST', `${P}/validate`, validation, 200, { type: 'ValidateConsuntivo', planId: PLAN, data: validation }],
    ['POST', `${P}/relazione/approve`, { delibera: delibera28() }, 200, { type: 'ApproveRelazione', planId: PLAN, data: { delibera: delibera28() } }],
    [
      'POST', `${P}/relazione/validate`, { documento: { data: '2025-06-20' } }, 200,
      { type: 'ValidateRelazione', planId: PLAN, data: { documento: { data: '2025-06-20' } } },
    ],
    [
      'POST', `${P}/relazione/refuse`, { reason: 'Manca la variazione' }, 200,
      { type: 'RefuseRelazione', planId: PLAN, data: { reason: 'Manca la variazione' } },
    ],
  ])('%s %s sends exactly the command', async (method, path, body, status, command) => {
    const response = await send(method, path, body);
    expect(response.status).toBe(status);
    expect(lastCommand()).toStrictEqual(command);
    expect(response.body).toEqual({ planId: command.planId || CREATED_PLAN_ID, position: 7, revision: 3 });
  });

  it('builds the envelope from the headers', async () => {
    await send('POST', `/api/plans/${PLAN}/propose`, undefined, {
      'Idempotency-Key': 'proposta-2024',
      'X-Actor': 'segretario.comunale',
      'X-Role': 'segretario',
    });
    expect(edge.recorder.last(ExecutePlanCommand).envelope).toEqual({
      commandId: 'proposta-2024',
      correlationId: 'proposta-2024',
      causationId: 'proposta-2024',
      actor: { id: 'segretario.comunale', role: 'segretario' },
      principal: { id: 'segretario.comunale', role: 'segretario', enti: 'all', centri: [] },
    });
  });

  it('withdraws an objective without a body', async () => {
    const response = await fetch(`${edge.url}/api/plans/${PLAN}/objectives/${OBJECTIVE}`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(lastCommand()).toStrictEqual({ type: 'WithdrawObjective', planId: PLAN, data: { objectiveId: OBJECTIVE } });
  });

  it('sends a blank adjustment reason on to the domain rule', async () => {
    const blank = { ...validation, adjustments: [{ ...validation.adjustments[0], reason: '  ' }] };
    expect((await send('POST', `/api/plans/${PLAN}/validate`, blank)).status).toBe(200);
    expect(lastCommand()).toMatchObject({ type: 'ValidateConsuntivo', data: blank });
  });
});

describe('requests refused at the edge (400, nothing sent)', () => {
  async function refused(method: string, path: string, body?: unknown): Promise<string[]> {
    const before = edge.recorder.messages.length;
    const response = await send(method, path, body);
    expect(response.status).toBe(400);
    expect(edge.recorder.messages.length).toBe(before);
    return errorFields(response.body);
  }

  it('names a path id that is not a UUID', async () => {
    expect(await refused('POST', '/api/plans/levate-2024/propose')).toEqual(['planId']);
    expect(await refused('POST', `/api/plans/${PLAN}/centri/AG/submit`)).toEqual(['centroId']);
    expect(await refused('PATCH', `/api/plans/${PLAN}/objectives/1`, { points: 30 })).toEqual(['objectiveId']);
    expect(await refused('GET', '/api/plans/not-a-plan')).toEqual(['planId']);
  });

  it('names a bad year or resource kind in the path', async () => {
    const value = { value: { kind: 'missing' } };
    expect(await refused('PUT', `/api/plans/${PLAN}/centri/${CENTRO}/indicators/${INDICATOR}/values/20x3`, value)).toEqual(['year']);
    expect(await refused('PUT', `/api/plans/${PLAN}/centri/${CENTRO}/indicators/${INDICATOR}/values/1999`, value)).toEqual(['year']);
    expect(await refused('PUT', `/api/plans/${PLAN}/centri/${CENTRO}/resources/finanziarie`, risorseUmane())).toEqual(['kind']);
  });

  it('refuses a revision without any field', async () => {
    expect(await refused('PATCH', `/api/plans/${PLAN}/objectives/${OBJECTIVE}`, {})).toEqual(['body']);
    expect(await refused('PATCH', `/api/plans/${PLAN}/centri/${CENTRO}/activities/${ACTIVITY}`, {})).toEqual(['body']);
  });

  it('names the invalid fields of the body', async () => {
    const delibera = { ...delibera28(), data: '2024-02-30' };
    expect(await refused('POST', `/api/plans/${PLAN}/approve`, { delibera })).toEqual(['delibera.data']);
    expect(await refused('POST', '/api/plans', { ...levatePlan(), ente: { ...levatePlan().ente, code: 'san-paolo' } })).toEqual(['ente.code']);
    expect(await refused('POST', `/api/plans/${PLAN}/objectives/${OBJECTIVE}/monitoring`, { progressPct: 101, notes: 'x' })).toEqual(['progressPct']);
    const { reason: _, ...noReason } = validation.adjustments[0];
    expect(await refused('POST', `/api/plans/${PLAN}/validate`, { ...validation, adjustments: [noReason] })).toEqual(['adjustments.0.reason']);
  });

  it('refuses a body that is a list', async () => {
    expect(await refused('POST', `/api/plans/${PLAN}/variations`, [{ reason: 'x' }])).not.toHaveLength(0);
  });
});

describe('queries through HTTP', () => {
  it('lists plans by ente and year', async () => {
    const response = await send('GET', '/api/plans?ente=levate&year=2024');
    expect(response).toEqual({ status: 200, body: [] });
    expect(edge.recorder.last(ListPlansQuery)).toMatchObject({ ente: 'levate', year: 2024 });
  });

  it('reads a plan now, or as of a position, a day or an instant', async () => {
    expect((await send('GET', `/api/plans/${PLAN}`)).status).toBe(200);
    expect(edge.recorder.last(GetPlanQuery)).toMatchObject({ planId: PLAN, asOf: undefined, minPosition: undefined });

    await send('GET', `/api/plans/${PLAN}?asOf=42&minPosition=40`);
    expect(edge.recorder.last(GetPlanQuery)).toMatchObject({ asOf: { position: 42 }, minPosition: 40 });

    await send('GET', `/api/plans/${PLAN}?asOf=2024-04-09`);
    expect(edge.recorder.last(GetPlanQuery).asOf).toEqual({ date: '2024-04-09' });

    await send('GET', `/api/plans/${PLAN}?asOf=${encodeURIComponent('2024-04-09T10:15:00+02:00')}`);
    expect(edge.recorder.last(GetPlanQuery).asOf).toEqual({ date: '2024-04-09T08:15:00.000Z' });
  });

  it('refuses a malformed asOf or an unknown parameter', async () => {
    const asOf = await send('GET', `/api/plans/${PLAN}?asOf=ieri`);
    expect(asOf.status).toBe(400);
    expect(errorFields(asOf.body)).toEqual(['asOf']);
    const unknown = await send('GET', `/api/plans/${PLAN}?as_of=42`);
    expect(errorFields(unknown.body)).toEqual(['as_of']);
  });

  it('filters the history by centro and objective', async () => {
    await send('GET', `/api/plans/${PLAN}/history?centroId=${CENTRO}&objectiveId=${OBJECTIVE}`);
    expect(edge.recorder.last(GetHistoryQuery)).toMatchObject({ planId: PLAN, centroId: CENTRO, objectiveId: OBJECTIVE });
  });

  it('exports a plan', async () => {
    expect(await send('GET', `/api/plans/${PLAN}/export`)).toEqual({ status: 200, body: { answeredBy: 'ExportPlanQuery' } });
    expect(edge.recorder.last(ExportPlanQuery).planId).toBe(PLAN);
  });
});

describe('POST /api/plans/import', () => {
  it('sends the Levate document, as it was written, in an ImportPlanCommand', async () => {
    const response = await send('POST', '/api/plans/import', levate2024, { 'Idempotency-Key': 'import-levate' });
    expect(response).toEqual({ status: 201, body: { planId: CREATED_PLAN_ID, position: 120, revision: 119 } });
    const message = edge.recorder.last(ImportPlanCommand);
    expect(message.document).toStrictEqual(JSON.parse(JSON.stringify(levate2024)));
    expect(message.envelope.commandId).toBe('import-levate');
  });

  it('names a broken field deep in the document', async () => {
    const document = JSON.parse(JSON.stringify(levate2024));
    document.centri[1].indicators[2].values['2021'] = { kind: 'count' };
    const response = await send('POST', '/api/plans/import', document);
    expect(response.status).toBe(400);
    expect(errorFields(response.body)).toEqual(['centri.1.indicators.2.values.2021.value']);
  });
});

describe('OpenAPI', () => {
  it('documents every plan route with its parameters and answers', async () => {
    const { body: openApi } = await send('GET', '/api/docs-json');
    const paths = Object.keys(openApi.paths).filter((path) => path.startsWith('/api/plans'));
    const operations = paths.flatMap((path) => Object.values(openApi.paths[path]) as { summary?: string }[]);
    expect(paths).toHaveLength(34);
    expect(operations).toHaveLength(37);
    expect(operations.every((operation) => operation.summary)).toBe(true);
    const approve = openApi.paths['/api/plans/{planId}/approve'].post;
    expect(approve.summary).toMatch(/delibera/);
    expect(Object.keys(approve.responses).sort()).toEqual(['200', '400', '401', '403', '404', '409', '429']);
    expect(approve.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['planId', 'Idempotency-Key', 'X-Actor', 'X-Role']),
    );
    expect(openApi.components.schemas.MeasuredValueDto.description).toMatch(/kind "euro"/);
  });
});
