import { MeasuredValue } from '../values/measured-value';
import { PlanDocumentCentro } from './plan-document';
import { loadLevate2024Document } from './testing/levate-2024-document';

/** The demo data against the seed: Comune di Levate, Piano della Performance 2024, Affari Generali. */
describe('the Levate 2024 plan document', () => {
  const doc = loadLevate2024Document();
  const servizio = doc.centri.find((c) => c.kind === 'attivita') as PlanDocumentCentro;
  const settore = doc.centri.find((c) => c.kind === 'responsabilita') as PlanDocumentCentro;

  function valuesOf(area: string, description: string): Record<string, MeasuredValue> {
    const indicator = servizio.indicators.find((i) => i.area === area && i.description === description);
    if (!indicator) throw new Error(`no indicator "${description}" in area "${area}"`);
    return indicator.values;
  }

  it('is a ciclo.plan/v1 document of the Comune di Levate for 2024, triennio 2024-2026', () => {
    expect(doc.format).toBe('ciclo.plan/v1');
    expect(doc.ente).toEqual({ code: 'levate', name: 'Comune di Levate', provincia: 'BG' });
    expect(doc.year).toBe(2024);
    expect(doc.triennio).toEqual([2024, 2026]);
  });

  it('is approved by Delibera di Giunta n. 28 of 9 April 2024', () => {
    expect(doc.approval).toEqual({ delibera: { organo: 'giunta', numero: 28, data: '2024-04-09' } });
    expect(doc.lifecycle).toBeUndefined();
  });

  it('holds the settore before its servizio, both under Roberto Togni', () => {
    expect(doc.centri.map((c) => c.kind)).toEqual(['responsabilita', 'attivita']);
    expect(servizio.parentCode).toBe(settore.code);
    expect(settore.name).toBe('Affari Generali, Socio-culturali e sportivi e servizi alla persona');
    expect(servizio.name).toBe('Servizio Affari Generali');
    for (const centro of doc.centri) expect(centro.responsabile.name).toBe('Roberto Togni');
  });

  it('describes the service in six paragraphs', () => {
    const paragraphs = servizio.serviceDescription!.split('\n\n');
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toMatch(/^Il Servizio gestisce servizi di supporto al Sindaco/);
    expect(paragraphs[5]).toBe('Si occupa, inoltre, della concessione dei loculi e ossari presso il cimitero comunale.');
  });

  it('lists the 20 activities numbered 1 to 20, without HTML', () => {
    expect(servizio.activities.map((a) => a.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const texts = servizio.activities.flatMap((a) => [a.description, ...a.subItems]);
    expect(texts.filter((t) => /<\/?[a-z]+/i.test(t))).toEqual([]);
    expect(servizio.activities[1].subItems.map((s) => s.split(':')[0])).toEqual(['Consiglio Comunale', 'Giunta Comunale']);
    expect(servizio.activities[8].subItems[0]).toMatch(/^Server: verifiche esito backup/);
    expect(servizio.activities[8].subItems).toHaveLength(8);
  });

  it('splits the rows that pack several measures into indicators of their own', () => {
    expect(valuesOf('Atti protocollati', 'n. protocolli in entrata')['2020']).toEqual({ kind: 'count', value: 4687 });
    expect(valuesOf('Atti protocollati', 'n. protocolli in uscita')['2020']).toEqual({ kind: 'count', value: 1738 });
    expect(valuesOf('Atti protocollati', 'n. protocolli interni')['2023']).toEqual({ kind: 'count', value: 92 });
    expect(valuesOf('Sport', 'Contributi erogati')['2020']).toEqual({ kind: 'euro', cents: 1605530 });
    expect(valuesOf('Sport', 'Convenzioni stipulate')['2020']).toEqual({ kind: 'count', value: 11 });
  });

  it('gives every indicator a value, possibly missing, for each year 2020-2023', () => {
    expect(servizio.indicators).toHaveLength(30);
    for (const indicator of servizio.indicators) {
      expect(Object.keys(indicator.values)).toEqual(['2020', '2021', '2022', '2023']);
    }
  });

  it('keeps euro amounts in cents', () => {
    expect(valuesOf('Istruzione', 'Somme trasferite con il PDS;')).toEqual({
      '2020': { kind: 'missing' },
      '2021': { kind: 'missing' },
      '2022': { kind: 'euro', cents: 31968010, note: 'comprensivo di contributi' },
      '2023': { kind: 'euro', cents: 33504368 },
    });
    expect(valuesOf('Sport', 'Contributi erogati')['2022']).toEqual({ kind: 'euro', cents: 850000 });
  });

  it('keeps the notes that come with a count', () => {
    const concessioni = valuesOf(
      'Convenzioni / concessioni (impianti sportivi, cimiteriali, convenzioni varie)',
      'n. convenzioni / concessioni stipulate',
    );
    expect(concessioni['2020']).toEqual({ kind: 'count', value: 59, note: 'di cui 43 concessioni cimiteriali' });
    expect(valuesOf('Istruzione', 'n. utenti iscritti al servizio di refezione')['2020']).toEqual({
      kind: 'count',
      value: 130,
      note: 'a.s. 2020/2021',
    });
  });

  it('records the blanks of the seed as missing', () => {
    expect(valuesOf('Liti', 'n. liti in corso relative al proprio servizio')['2023']).toEqual({ kind: 'missing' });
    const prestiti = valuesOf('Attività culturali', 'n. prestiti biblioteca');
    expect([prestiti['2020'], prestiti['2021']]).toEqual([{ kind: 'missing' }, { kind: 'missing' }]);
  });

  it('maps indicator areas to existing activity numbers only', () => {
    const numbers = new Set(servizio.activities.map((a) => a.number));
    const unknown = servizio.indicators.filter((i) => i.activityNumber !== undefined && !numbers.has(i.activityNumber));
    expect(unknown).toEqual([]);
  });

  it('sets four objectives on the servizio, worth 55, 30, 5 and 10 points: 100 in all', () => {
    expect(settore.objectives).toEqual([]);
    const points = servizio.objectives.map((o) => o.points);
    expect(points).toEqual([55, 30, 5, 10]);
    expect(points.reduce((sum, p) => sum + p, 0)).toBe(100);
    for (const objective of servizio.objectives) {
      expect(objective.indicators.length).toBeGreaterThan(0);
      expect(objective.appliesTo).toBeUndefined();
    }
  });

  it('gives each objective its reference years, measures and deadline', () => {
    const [digitale, pagamenti, anticorruzione, istruzione] = servizio.objectives;
    expect(digitale.measures).toHaveLength(6);
    expect(digitale.measures[0]).toBe('Misura 1.4.4. Spid_Cie');
    expect(pagamenti.title).toMatch(/^RISPETTO DEI TEMPI DI PAGAMENTO\. Nota del Ministro/);
    expect(anticorruzione.expectedPerformance).toContain('Protocolli di legalità');
    expect(anticorruzione.expectedPerformance).toMatch(/Monitoraggio sull'attuazione del PTPC .* ritenga utile\.$/);
    expect(servizio.objectives.map((o) => o.referenceYears)).toEqual([
      [2024],
      [2024, 2025, 2026],
      [2024, 2025, 2026],
      [2024],
    ]);
    expect(servizio.objectives.map((o) => o.deadline)).toEqual([undefined, undefined, undefined, '2024-10-31']);
    expect(istruzione.title).toBe('Istruzione');
  });

  it('puts the resources on the servizio, one value per dated column', () => {
    const { strumentali, umane } = servizio.resources;
    expect(settore.resources).toEqual({});
    expect(strumentali!.rows).toEqual([
      { category: 'Postazioni uffici', values: Array(3).fill({ kind: 'count', value: 4 }) },
    ]);
    expect(umane!.columns.map((c) => c.date)).toEqual(['2022-12-31', '2023-12-31', undefined]);
    expect(umane!.rows).toHaveLength(4);
    expect(umane!.rows[0].values[1]).toEqual({ kind: 'text', text: 'In convenzione con Osio Sotto' });
    expect(umane!.rows[1].values).toEqual([
      { kind: 'count', value: 1 },
      { kind: 'text', text: 'Vacante' },
      { kind: 'count', value: 1 },
    ]);
  });
});
