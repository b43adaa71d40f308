import { PlanCommand, PlanCommandType } from '../commands/plan-commands';
import { RuleViolationError } from '../errors/domain-errors';
import { PlanDocument } from './plan-document';
import { planDocumentToCommands } from './plan-document-to-commands';
import { loadLevate2024Document } from './testing/levate-2024-document';

const PLAN_ID = 'plan-levate-2024';

/** Stands in for the API's uuid derivation: a pure function of the import's command id and the path. */
const idsFrom = (commandId: string) => (path: string) => `${commandId}/${path}`;

function ofType<K extends PlanCommandType>(commands: PlanCommand[], type: K): Extract<PlanCommand, { type: K }>[] {
  return commands.filter((c): c is Extract<PlanCommand, { type: K }> => c.type === type);
}

function withoutApproval(doc: PlanDocument): PlanDocument {
  const { approval: _approval, ...rest } = doc;
  return rest;
}

describe('planDocumentToCommands', () => {
  it('builds the Levate plan with one command per thing the document holds', () => {
    const commands = planDocumentToCommands(loadLevate2024Document(), PLAN_ID, idsFrom('cmd-1'));
    const counts = commands.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.type]: (acc[c.type] ?? 0) + 1 }), {});
    expect(counts).toEqual({
      CreatePlan: 1,
      AddCentro: 2,
      DescribeService: 1,
      AddActivity: 20,
      DefineActivityIndicator: 30,
      RecordIndicatorValue: 120,
      RecordResources: 2,
      DraftObjective: 4,
      SubmitCentro: 1,
      ProposePlan: 1,
      ApprovePlan: 1,
    });
    expect(commands.every((c) => c.planId === PLAN_ID)).toBe(true);
    expect(commands[0]).toEqual({
      type: 'CreatePlan',
      planId: PLAN_ID,
      data: { ente: { code: 'levate', name: 'Comune di Levate', provincia: 'BG' }, year: 2024, triennio: [2024, 2026] },
    });
  });

  it('adds a parent centro before its child, each followed by its own content', () => {
    const types = planDocumentToCommands(withoutApproval(loadLevate2024Document()), PLAN_ID, idsFrom('c')).map(
      (c) => c.type,
    );
    expect(types.slice(0, 5)).toEqual(['CreatePlan', 'AddCentro', 'AddCentro', 'DescribeService', 'AddActivity']);
    expect(types.lastIndexOf('AddActivity')).toBeLessThan(types.indexOf('DefineActivityIndicator'));
    expect(types.lastIndexOf('RecordIndicatorValue')).toBeLessThan(types.indexOf('RecordResources'));
    expect(types.lastIndexOf('RecordResources')).toBeLessThan(types.indexOf('DraftObjective'));
    expect(types[types.length - 1]).toBe('DraftObjective');
  });

  it('names every new thing through newId with a path of its place in the document', () => {
    const paths: string[] = [];
    const commands = planDocumentToCommands(loadLevate2024Document(), PLAN_ID, (path) => {
      paths.push(path);
      return `id(${path})`;
    });
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.filter((p) => p.startsWith('centro:'))).toEqual(['centro:AGSCS', 'centro:AG']);
    expect(paths.filter((p) => p.startsWith('activity:AG:'))).toHaveLength(20);
    expect(paths.filter((p) => p.startsWith('indicator:AG:'))).toHaveLength(30);
    expect(paths.filter((p) => p.startsWith('objective:'))).toEqual([0, 1, 2, 3].map((i) => `objective:AG:${i}`));

    const [settore, servizio] = ofType(commands, 'AddCentro');
    expect(settore.data).toMatchObject({ centroId: 'id(centro:AGSCS)', code: 'AGSCS' });
    expect(servizio.data).toMatchObject({ centroId: 'id(centro:AG)', parentCode: 'AGSCS' });
    expect(ofType(commands, 'AddActivity')[6].data).toMatchObject({ activityId: 'id(activity:AG:6)', number: 7 });
    expect(ofType(commands, 'DraftObjective')[2].data).toMatchObject({ objectiveId: 'id(objective:AG:2)', points: 5 });
    expect(ofType(commands, 'SubmitCentro')).toEqual([
      { type: 'SubmitCentro', planId: PLAN_ID, data: { centroId: 'id(centro:AG)' } },
    ]);
  });

  it('gives the same commands for the same command id, and other ids for another', () => {
    const first = planDocumentToCommands(loadLevate2024Document(), PLAN_ID, idsFrom('cmd-1'));
    const again = planDocumentToCommands(loadLevate2024Document(), PLAN_ID, idsFrom('cmd-1'));
    const other = planDocumentToCommands(loadLevate2024Document(), PLAN_ID, idsFrom('cmd-2'));
    expect(again).toEqual(first);
    const objectiveIds = (commands: PlanCommand[]) => ofType(commands, 'DraftObjective').map((c) => c.data.objectiveId);
    expect(objectiveIds(other).filter((id) => objectiveIds(first).includes(id))).toEqual([]);
  });

  it('records one value per year, a missing one included, on the indicator just defined', () => {
    const commands = planDocumentToCommands(loadLevate2024Document(), PLAN_ID, idsFrom('c'));
    const liti = ofType(commands, 'DefineActivityIndicator').find((c) => c.data.area === 'Liti')!;
    const values = ofType(commands, 'RecordIndicatorValue').filter((c) => c.data.indicatorId === liti.data.indicatorId);
    expect(values.map((c) => [c.data.year, c.data.value])).toEqual([
      [2020, { kind: 'count', value: 4, note: 'ricorsi' }],
      [2021, { kind: 'count', value: 4 }],
      [2022, { kind: 'count', value: 2 }],
      [2023, { kind: 'missing' }],
    ]);
  });

  it('leaves absent optional fields out of the commands', () => {
    const commands = planDocumentToCommands(loadLevate2024Document(), PLAN_ID, idsFrom('c'));
    expect('parentCode' in ofType(commands, 'AddCentro')[0].data).toBe(false);
    const convenzioni = ofType(commands, 'DefineActivityIndicator').find((c) => c.data.area.startsWith('Convenzioni'))!;
    expect('activityNumber' in convenzioni.data).toBe(false);
    const [digitale, , , istruzione] = ofType(commands, 'DraftObjective');
    expect(Object.keys(digitale.data)).not.toContain('deadline');
    expect(Object.keys(digitale.data)).not.toContain('appliesTo');
    expect(istruzione.data.deadline).toBe('2024-10-31');
  });

  it('submits, proposes and approves by the delibera only when the document says it was approved', () => {
    const approved = planDocumentToCommands(loadLevate2024Document(), PLAN_ID, idsFrom('c'));
    expect(approved.slice(-3).map((c) => c.type)).toEqual(['SubmitCentro', 'ProposePlan', 'ApprovePlan']);
    expect(approved[approved.length - 1].data).toEqual({ delibera: { organo: 'giunta', numero: 28, data: '2024-04-09' } });

    const draft = planDocumentToCommands(withoutApproval(loadLevate2024Document()), PLAN_ID, idsFrom('c'));
    expect(draft.map((c) => c.type)).not.toContain('SubmitCentro');
    expect(draft.map((c) => c.type)).not.toContain('ApprovePlan');
  });

  it('ignores the lifecycle an exported document carries', () => {
    const doc = loadLevate2024Document();
    const exported: PlanDocument = {
      ...doc,
      lifecycle: {
        planId: 'another-plan',
        status: 'closed',
        revision: 400,
        variations: [],
        centri: [],
        objectives: [],
      },
    };
    expect(planDocumentToCommands(exported, PLAN_ID, idsFrom('c'))).toEqual(
      planDocumentToCommands(doc, PLAN_ID, idsFrom('c')),
    );
  });

  it('does not share arrays or objects with the document', () => {
    const doc = loadLevate2024Document();
    const commands = planDocumentToCommands(doc, PLAN_ID, idsFrom('c'));
    ofType(commands, 'DraftObjective')[0].data.measures!.push('Misura inventata');
    ofType(commands, 'RecordResources')[1].data.table.rows[1].values[1] = { kind: 'count', value: 9 };
    expect(doc).toEqual(loadLevate2024Document());
  });

  describe('refuses a document whose ids could not be derived', () => {
    const refusal = (doc: PlanDocument) => {
      try {
        planDocumentToCommands(doc, PLAN_ID, idsFrom('c'));
      } catch (error) {
        return error instanceof RuleViolationError ? error.rule : error;
      }
      return 'accepted';
    };

    it('of another format', () => {
      expect(refusal({ ...loadLevate2024Document(), format: 'ciclo.plan/v2' as 'ciclo.plan/v1' })).toBe('document_format');
    });

    it('with a centro code used twice', () => {
      const doc = loadLevate2024Document();
      doc.centri[1].code = doc.centri[0].code;
      delete doc.centri[1].parentCode;
      expect(refusal(doc)).toBe('document_centro_code_unique');
    });

    it('with a child before its parent', () => {
      const doc = loadLevate2024Document();
      doc.centri.reverse();
      expect(refusal(doc)).toBe('document_parent_first');
    });
  });
});
