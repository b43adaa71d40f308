import { PlanCommand } from '../commands/plan-commands';
import { Plan } from '../plan/plan-state';
import { PlanDocument } from './plan-document';
import { planDocumentToCommands } from './plan-document-to-commands';
import { planToDocument } from './plan-to-document';
import { foldCommands } from './testing/fold-commands';
import { loadLevate2024Document } from './testing/levate-2024-document';

const PLAN_ID = 'plan-levate-2024';
const IMPORTED_AT = { now: '2024-04-10T09:00:00Z', actorId: 'segretario.levate' };
const idsFrom = (commandId: string) => (path: string) => `${commandId}/${path}`;

function imported(doc: PlanDocument, planId = PLAN_ID): Plan {
  return foldCommands(planDocumentToCommands(doc, planId, idsFrom(`import-${planId}`)), IMPORTED_AT);
}

function fieldsOf(doc: PlanDocument): PlanDocument {
  const { lifecycle: _lifecycle, ...fields } = doc;
  return fields;
}

function withoutApproval(doc: PlanDocument): PlanDocument {
  const { approval: _approval, ...rest } = doc;
  return rest;
}

describe('planToDocument', () => {
  describe('right after importing the Levate document', () => {
    const doc = loadLevate2024Document();
    const plan = imported(doc);
    const exported = planToDocument(plan);

    it('gives back the document exactly, plus its lifecycle', () => {
      expect(fieldsOf(exported)).toStrictEqual(doc);
      expect(exported.lifecycle).toBeDefined();
    });

    it('writes the keys in the order of the file, so an export diffs cleanly against it', () => {
      expect(JSON.stringify(fieldsOf(exported))).toBe(JSON.stringify(doc));
    });

    it('leaves the plan approved by Delibera 28, every centro with it', () => {
      expect(plan.status).toBe('approved');
      expect(plan.approval).toEqual({
        delibera: { organo: 'giunta', numero: 28, data: '2024-04-09' },
        approvedAt: IMPORTED_AT.now,
      });
      expect(exported.lifecycle).toMatchObject({
        planId: PLAN_ID,
        status: 'approved',
        revision: plan.revision,
        approval: plan.approval,
        variations: [],
        centri: [
          { code: 'AGSCS', centroId: `import-${PLAN_ID}/centro:AGSCS`, status: 'approved' },
          { code: 'AG', centroId: `import-${PLAN_ID}/centro:AG`, status: 'approved' },
        ],
      });
    });

    it('points each objective of the lifecycle at its place in the document', () => {
      expect(exported.lifecycle!.objectives).toEqual(
        [0, 1, 2, 3].map((index) => ({
          centroCode: 'AG',
          objectiveId: `import-${PLAN_ID}/objective:AG:${index}`,
          status: 'active',
          index,
          monitoring: [],
        })),
      );
    });

    it('is plain JSON: it survives serialisation unchanged', () => {
      expect(JSON.parse(JSON.stringify(exported))).toStrictEqual(exported);
    });

    it('shares nothing with the plan', () => {
      const before = JSON.stringify(plan);
      const copy = planToDocument(plan);
      copy.centri[1].objectives[0].measures.push('Misura inventata');
      copy.centri[1].indicators[0].values['2020'] = { kind: 'count', value: 1 };
      copy.centri[1].resources.umane!.rows[0].values[1] = { kind: 'missing' };
      copy.lifecycle!.approval!.delibera.numero = 99;
      expect(JSON.stringify(plan)).toBe(before);
    });
  });

  it('exports a document imported without approval as a plan still in drafting', () => {
    const doc = withoutApproval(loadLevate2024Document());
    const exported = planToDocument(imported(doc));
    expect(fieldsOf(exported)).toStrictEqual(doc);
    expect(exported.lifecycle!.status).toBe('drafting');
    expect(exported.lifecycle!.centri.map((c) => c.status)).toEqual(['draft', 'draft']);
    expect('approval' in exported.lifecycle!).toBe(false);
  });

  it('reports a centro the Segretario returned, with the notes', () => {
    const plan = imported(withoutApproval(loadLevate2024Document()));
    const centroId = plan.centri[1].centroId;
    const returned = foldCommands(
      [
        { type: 'SubmitCentro', planId: PLAN_ID, data: { centroId } },
        { type: 'ReturnCentro', planId: PLAN_ID, data: { centroId, notes: 'Manca il target del PCC' } },
      ],
      IMPORTED_AT,
      plan,
    );
    expect(planToDocument(returned).lifecycle!.centri[1]).toEqual({
      code: 'AG',
      centroId,
      status: 'returned',
      returnNotes: 'Manca il target del PCC',
    });
  });

  describe('after a year of the cycle', () => {
    const doc = loadLevate2024Document();
    const start = imported(doc);
    const [digitale, pagamenti, anticorruzione, istruzione] = start.centri[1].objectives.map((o) => o.objectiveId);
    const cmd = (command: Omit<PlanCommand, 'planId'>) => ({ ...command, planId: PLAN_ID }) as PlanCommand;

    const july = foldCommands(
      [
        cmd({ type: 'RecordMonitoring', data: { objectiveId: digitale, progressPct: 40, notes: 'Spid_Cie e PagoPa finanziate' } }),
        cmd({ type: 'OpenVariation', data: { variationId: 'var-1', reason: 'Anticorruzione assorbita dal PIAO' } }),
        cmd({ type: 'WithdrawObjective', data: { objectiveId: anticorruzione, reason: 'assorbito dal PIAO' } }),
        cmd({ type: 'ReviseObjective', data: { objectiveId: digitale, changes: { points: 60 } } }),
        cmd({
          type: 'ApproveVariation',
          data: { variationId: 'var-1', delibera: { organo: 'giunta', numero: 75, data: '2024-07-16' } },
        }),
      ],
      { now: '2024-07-20T10:00:00Z', actorId: 'segretario.levate' },
      start,
    );
    const nextMarch = foldCommands(
      [
        cmd({ type: 'StartConsuntivo', data: {} }),
        ...[digitale, pagamenti, istruzione].map((objectiveId) =>
          cmd({ type: 'RecordConsuntivo', data: { objectiveId, achievementPct: 100, evidence: 'Relazione del responsabile' } }),
        ),
        cmd({
          type: 'ValidateConsuntivo',
          data: {
            verbale: { data: '2025-03-20', numero: '3/2025' },
            adjustments: [{ objectiveId: pagamenti, achievementPct: 50, reason: 'PCC: tempo medio 41 giorni' }],
          },
        }),
      ],
      { now: '2025-03-21T09:00:00Z', actorId: 'nucleo.levate' },
      july,
    );
    const exported = planToDocument(nextMarch);

    it('gives the fields as they now are, without the withdrawn objective', () => {
      const servizio = exported.centri[1];
      expect(servizio.objectives.map((o) => [o.title, o.points])).toEqual([
        ['Transizione digitale', 60],
        [doc.centri[1].objectives[1].title, 30],
        ['Istruzione', 10],
      ]);
      const expected = loadLevate2024Document();
      expected.centri[1].objectives = [
        { ...expected.centri[1].objectives[0], points: 60 },
        expected.centri[1].objectives[1],
        expected.centri[1].objectives[3],
      ];
      expect(fieldsOf(exported)).toStrictEqual(expected);
    });

    it('lists the withdrawn objective, with its fields, in the lifecycle', () => {
      const lifecycle = exported.lifecycle!;
      expect(lifecycle.objectives.map((o) => [o.objectiveId, o.status, o.status === 'active' ? o.index : -1])).toEqual([
        [digitale, 'active', 0],
        [pagamenti, 'active', 1],
        [anticorruzione, 'withdrawn', -1],
        [istruzione, 'active', 2],
      ]);
      expect(lifecycle.objectives[2]).toMatchObject({ status: 'withdrawn', objective: doc.centri[1].objectives[2] });
    });

    it('carries the variation, the monitoring, the consuntivo and the points awarded', () => {
      const lifecycle = exported.lifecycle!;
      expect(lifecycle.status).toBe('consuntivo_validated');
      expect(lifecycle.variations).toEqual([
        {
          variationId: 'var-1',
          reason: 'Anticorruzione assorbita dal PIAO',
          openedAt: '2024-07-20T10:00:00Z',
          delibera: { organo: 'giunta', numero: 75, data: '2024-07-16' },
          approvedAt: '2024-07-20T10:00:00Z',
        },
      ]);
      expect(lifecycle.consuntivoValidation).toEqual({
        verbale: { data: '2025-03-20', numero: '3/2025' },
        validatedAt: '2025-03-21T09:00:00Z',
      });
      const [first, second] = lifecycle.objectives;
      expect(first.monitoring).toEqual([
        { progressPct: 40, notes: 'Spid_Cie e PagoPa finanziate', recordedAt: '2024-07-20T10:00:00Z', actorId: 'segretario.levate' },
      ]);
      expect(first.pointsAwarded).toBe(60);
      expect(second.validated).toEqual({ achievementPct: 50, adjustmentReason: 'PCC: tempo medio 41 giorni' });
      expect(second.pointsAwarded).toBe(15);
      expect(second.consuntivo).toMatchObject({ achievementPct: 100, actorId: 'nucleo.levate' });
    });

    it('carries the Relazione once the Giunta approved it and the Nucleo validated it', () => {
      const closed = foldCommands(
        [
          cmd({ type: 'ApproveRelazione', data: { delibera: { organo: 'giunta', numero: 40, data: '2025-04-15' } } }),
          cmd({ type: 'ValidateRelazione', data: { documento: { data: '2025-04-20' } } }),
        ],
        { now: '2025-04-22T08:00:00Z', actorId: 'nucleo.levate' },
        nextMarch,
      );
      const lifecycle = planToDocument(closed).lifecycle!;
      expect(lifecycle.status).toBe('closed');
      expect(lifecycle.relazione).toEqual({
        approval: { delibera: { organo: 'giunta', numero: 40, data: '2025-04-15' }, approvedAt: '2025-04-22T08:00:00Z' },
        validation: { documento: { data: '2025-04-20' }, validatedAt: '2025-04-22T08:00:00Z' },
        refusals: [],
      });
      expect(fieldsOf(planToDocument(closed))).toStrictEqual(fieldsOf(exported));
    });

    it('imports again as the plan it has become', () => {
      const again = planToDocument(imported(exported, 'plan-levate-2024-copy'));
      expect(fieldsOf(again)).toStrictEqual(fieldsOf(exported));
      expect(again.lifecycle!.status).toBe('approved');
      expect(again.lifecycle!.objectives.every((o) => o.status === 'active')).toBe(true);
    });
  });
});
