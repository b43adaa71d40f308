import levate2024 from '../../demo/levate-2024.plan.json';
import { PlanDocumentIndicatorDto } from './plan-document-centro.dto';
import { PlanDocumentDto } from './plan-document.dto';
import { expectValid, invalidFields } from './testing/validate-body';
import { toPlanDocument } from './to-plan-document';

/** A fresh copy of the Levate 2024 demo document, the real plan of the seed. */
const levate = () => JSON.parse(JSON.stringify(levate2024));

describe('PlanDocumentDto', () => {
  it('accepts the Levate 2024 document and gives the domain the very same document back', async () => {
    const dto = await expectValid(PlanDocumentDto, levate());
    expect(dto.centri[1].indicators[0]).toBeInstanceOf(PlanDocumentIndicatorDto);
    expect(toPlanDocument(dto)).toEqual(levate());
  });

  it('keeps the indicator values as a year -> value record, years ascending', async () => {
    const document = levate();
    const indicator = document.centri[1].indicators[0];
    indicator.values = { '2023': indicator.values['2023'], '2020': indicator.values['2020'] };
    const values = toPlanDocument(await expectValid(PlanDocumentDto, document)).centri[1].indicators[0].values;
    expect(Object.keys(values)).toEqual(['2020', '2023']);
    expect(values['2020']).toEqual({ kind: 'count', value: 4687 });
  });

  it('accepts an exported document: lifecycle is accepted and dropped', async () => {
    const exported = { ...levate(), lifecycle: { planId: 'anything', status: 'approved', centri: [], objectives: [] } };
    const document = toPlanDocument(await expectValid(PlanDocumentDto, exported));
    expect(document).not.toHaveProperty('lifecycle');
    expect(document).toEqual(levate());
  });

  it('fills the lists a hand-written document may leave out', async () => {
    const document = levate();
    const { measures: _, ...objective } = document.centri[1].objectives[1];
    document.centri[1].objectives[1] = objective;
    delete document.centri[1].activities[0].subItems;
    const imported = toPlanDocument(await expectValid(PlanDocumentDto, document));
    expect(imported.centri[1].objectives[1].measures).toEqual([]);
    expect(imported.centri[1].activities[0].subItems).toEqual([]);
  });

  it('accepts a document without approval (the plan stays in drafting)', async () => {
    const { approval: _, ...draft } = levate();
    expect(toPlanDocument(await expectValid(PlanDocumentDto, draft))).not.toHaveProperty('approval');
  });

  it.each(['ciclo.plan/v2', undefined])('refuses the format %p', async (format) => {
    expect(await invalidFields(PlanDocumentDto, { ...levate(), format })).toEqual(['format']);
  });

  it('validates the plan fields as POST /api/plans does', async () => {
    const fields = await invalidFields(PlanDocumentDto, { ...levate(), ente: { ...levate().ente, code: 'Levate' }, triennio: [2024] });
    expect(fields.sort()).toEqual(['ente.code', 'triennio']);
  });

  it('names the broken field deep inside a centro', async () => {
    const document = levate();
    document.centri[1].objectives[0].points = '55';
    document.centri[1].objectives[3].deadline = '2024-10-32';
    document.centri[1].responsabile.email = 'togni';
    document.centri[1].resources.umane.rows[1].values[1] = { kind: 'text' };
    expect((await invalidFields(PlanDocumentDto, document)).sort()).toEqual([
      'centri.1.objectives.0.points',
      'centri.1.objectives.3.deadline',
      'centri.1.resources.umane.rows.1.values.1.text',
      'centri.1.responsabile.email',
    ]);
  });

  it('names a broken indicator value by its year', async () => {
    const document = levate();
    document.centri[1].indicators[0].values['2021'] = { kind: 'count', value: '4576' };
    document.centri[1].indicators[1].values['2022'] = { kind: 'text', text: 'n.d.', value: 3 };
    expect((await invalidFields(PlanDocumentDto, document)).sort()).toEqual([
      'centri.1.indicators.0.values.2021.value',
      'centri.1.indicators.1.values.2022.value',
    ]);
  });

  it.each([['20x0'], ['1999'], ['2024-2025']])('refuses the value key %p: keys are years', async (year) => {
    const document = levate();
    document.centri[1].indicators[0].values[year] = { kind: 'missing' };
    expect(await invalidFields(PlanDocumentDto, document)).toEqual(['centri.1.indicators.0.values']);
  });

  it('refuses values that are a list rather than a year -> value record', async () => {
    const document = levate();
    document.centri[1].indicators[0].values = [{ kind: 'count', value: 4687 }];
    expect(await invalidFields(PlanDocumentDto, document)).toContain('centri.1.indicators.0.values');
  });

  it('refuses unknown fields at every level', async () => {
    const document = levate();
    document.sindaco = 'Pinco Pallino';
    document.centri[0].centroId = 'x';
    document.centri[1].objectives[0].status = 'active';
    document.approval.delibera.immediatamenteEseguibile = true;
    expect((await invalidFields(PlanDocumentDto, document)).sort()).toEqual([
      'approval.delibera.immediatamenteEseguibile',
      'centri.0.centroId',
      'centri.1.objectives.0.status',
      'sindaco',
    ]);
  });

  it('needs every list of a centro and its resources object', async () => {
    const document = levate();
    delete document.centri[0].objectives;
    delete document.centri[0].resources;
    expect((await invalidFields(PlanDocumentDto, document)).sort()).toEqual(['centri.0.objectives', 'centri.0.resources']);
  });

  it('caps the number of centri', async () => {
    const document = levate();
    document.centri = Array.from({ length: 201 }, () => document.centri[0]);
    expect(await invalidFields(PlanDocumentDto, document)).toEqual(['centri']);
  });
});
