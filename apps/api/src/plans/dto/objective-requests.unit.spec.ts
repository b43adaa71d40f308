import { DraftObjectiveDto } from './draft-objective.dto';
import { RecordConsuntivoDto } from './record-consuntivo.dto';
import { RecordMonitoringDto } from './record-monitoring.dto';
import { ReviseObjectiveDto } from './revise-objective.dto';
import { istruzione, transizioneDigitale } from './testing/levate-payloads';
import { expectValid, invalidFields, reasonsFor } from './testing/validate-body';
import { WithdrawObjectiveDto } from './withdraw-objective.dto';

describe('DraftObjectiveDto', () => {
  it('accepts "Transizione digitale" with its six PNRR measures', async () => {
    const dto = await expectValid(DraftObjectiveDto, transizioneDigitale());
    expect(dto.measures).toHaveLength(6);
    expect(dto.indicators[0].description).toMatch(/^Ottenimento finanziamento/);
  });

  it('accepts "Istruzione" with its deadline and target', async () => {
    const dto = await expectValid(DraftObjectiveDto, istruzione());
    expect(dto.deadline).toBe('2024-10-31');
    expect(dto.indicators[0].target).toBe('entro ottobre 2024');
  });

  it('accepts a title as long as the seed\'s longest (220 characters) and the owner and staff it applies to', async () => {
    const title = 'RISPETTO DEI TEMPI DI PAGAMENTO. '.padEnd(220, 'x');
    await expectValid(DraftObjectiveDto, { ...istruzione(), title, ownerId: 'roberto.togni', appliesTo: 'Ufficio scuola' });
  });

  it.each([[0], [101], [55.5], ['55'], [null]])('refuses %p points: an integer from 1 to 100', async (points) => {
    expect(await invalidFields(DraftObjectiveDto, { ...istruzione(), points })).toEqual(['points']);
  });

  it.each(['2024-10-32', '2024-02-30', '31/10/2024', 'entro ottobre 2024', '2024-10-31T00:00:00Z'])(
    'refuses the deadline %p',
    async (deadline) => {
      expect(await invalidFields(DraftObjectiveDto, { ...istruzione(), deadline })).toEqual(['deadline']);
    },
  );

  it('explains a date that does not exist apart from a malformed one', async () => {
    expect(await reasonsFor(DraftObjectiveDto, { ...istruzione(), deadline: '2024-02-30' }, 'deadline')).toEqual([
      'deadline must be a real calendar date',
    ]);
    expect(await reasonsFor(DraftObjectiveDto, { ...istruzione(), deadline: '31/10/2024' }, 'deadline')).toEqual([
      'deadline must be a date in the form YYYY-MM-DD',
    ]);
  });

  it('names a broken indicator by its index', async () => {
    const indicators = [{ description: 'Dati PCC' }, { target: '30 giorni' }];
    expect(await invalidFields(DraftObjectiveDto, { ...istruzione(), indicators })).toEqual(['indicators.1.description']);
    const withUnit = [{ description: 'Dati PCC', unit: 'giorni' }];
    expect(await invalidFields(DraftObjectiveDto, { ...istruzione(), indicators: withUnit })).toEqual(['indicators.0.unit']);
  });

  it('leaves "at least one indicator / reference year" to the domain, but checks each year', async () => {
    await expectValid(DraftObjectiveDto, { ...istruzione(), indicators: [], referenceYears: [] });
    expect(await invalidFields(DraftObjectiveDto, { ...istruzione(), referenceYears: [2024, 2024] })).toEqual(['referenceYears']);
    expect(await invalidFields(DraftObjectiveDto, { ...istruzione(), referenceYears: ['2024'] })).toEqual(['referenceYears']);
    expect(await invalidFields(DraftObjectiveDto, { ...istruzione(), referenceYears: 2024 })).toEqual(['referenceYears']);
  });

  it('caps the long texts and the lists', async () => {
    expect(await invalidFields(DraftObjectiveDto, { ...istruzione(), expectedPerformance: 'x'.repeat(20_001) })).toEqual([
      'expectedPerformance',
    ]);
    expect(await invalidFields(DraftObjectiveDto, { ...istruzione(), title: 'x'.repeat(501) })).toEqual(['title']);
    expect(await invalidFields(DraftObjectiveDto, { ...istruzione(), measures: Array(51).fill('Misura') })).toEqual(['measures']);
  });

  it('needs the centro as a UUID, and refuses an objectiveId (the handler derives it)', async () => {
    const { centroId: _, ...withoutCentro } = istruzione();
    expect(await invalidFields(DraftObjectiveDto, withoutCentro)).toEqual(['centroId']);
    expect(await invalidFields(DraftObjectiveDto, { ...istruzione(), centroId: 'AG' })).toEqual(['centroId']);
    expect(await invalidFields(DraftObjectiveDto, { ...istruzione(), objectiveId: 'x' })).toEqual(['objectiveId']);
  });

  it('names every missing field at once', async () => {
    expect((await invalidFields(DraftObjectiveDto, {})).sort()).toEqual([
      'centroId',
      'expectedPerformance',
      'indicators',
      'points',
      'referenceYears',
      'title',
    ]);
  });
});

describe('ReviseObjectiveDto', () => {
  it('accepts any subset of the fields', async () => {
    const dto = await expectValid(ReviseObjectiveDto, { points: 30 });
    expect(dto.points).toBe(30);
    expect(dto.title).toBeUndefined();
    await expectValid(ReviseObjectiveDto, { deadline: '2024-11-30', indicators: [{ description: 'PDS approvato' }] });
  });

  it('still checks each field given', async () => {
    expect(await invalidFields(ReviseObjectiveDto, { points: 0, deadline: '2024-11-31' })).toEqual(['points', 'deadline']);
  });

  it('refuses moving the objective to another centro', async () => {
    expect(await invalidFields(ReviseObjectiveDto, { centroId: transizioneDigitale().centroId })).toEqual(['centroId']);
  });
});

describe('WithdrawObjectiveDto', () => {
  it('has an optional reason', async () => {
    expect((await expectValid(WithdrawObjectiveDto, undefined)).reason).toBeUndefined();
    expect((await expectValid(WithdrawObjectiveDto, { reason: 'Assorbito dalla variazione' })).reason).toBe('Assorbito dalla variazione');
    expect(await invalidFields(WithdrawObjectiveDto, { reason: 5 })).toEqual(['reason']);
  });
});

describe('RecordMonitoringDto', () => {
  it('accepts progress from 0 to 100 with notes', async () => {
    await expectValid(RecordMonitoringDto, { progressPct: 0, notes: '' });
    await expectValid(RecordMonitoringDto, { progressPct: 62.5, notes: 'PagoPa e Spid_Cie finanziati' });
    await expectValid(RecordMonitoringDto, { progressPct: 100, notes: 'Concluso' });
  });

  it.each([[-1], [100.01], ['50'], [null]])('refuses progressPct %p', async (progressPct) => {
    expect(await invalidFields(RecordMonitoringDto, { progressPct, notes: 'x' })).toEqual(['progressPct']);
  });

  it('needs the notes and refuses a centroId (the objective names it)', async () => {
    expect(await invalidFields(RecordMonitoringDto, { progressPct: 50 })).toEqual(['notes']);
    expect(await invalidFields(RecordMonitoringDto, { progressPct: 50, notes: 'x', centroId: 'AG' })).toEqual(['centroId']);
  });
});

describe('RecordConsuntivoDto', () => {
  const consuntivo = () => ({
    achievementPct: 100,
    evidence: 'Decreti di finanziamento delle sei misure PNRR',
    indicatorValues: [{ indicator: 0, value: '6 finanziamenti su 6' }],
  });

  it('accepts a Levate consuntivo, with or without indicator values', async () => {
    await expectValid(RecordConsuntivoDto, consuntivo());
    const { indicatorValues: _, ...withoutValues } = consuntivo();
    expect((await expectValid(RecordConsuntivoDto, withoutValues)).indicatorValues).toBeUndefined();
  });

  it.each([[-1], [101], ['100']])('refuses achievementPct %p', async (achievementPct) => {
    expect(await invalidFields(RecordConsuntivoDto, { ...consuntivo(), achievementPct })).toEqual(['achievementPct']);
  });

  it('names a broken indicator value', async () => {
    const negative = { ...consuntivo(), indicatorValues: [{ indicator: -1, value: '6' }] };
    expect(await invalidFields(RecordConsuntivoDto, negative)).toEqual(['indicatorValues.0.indicator']);
    const fractional = { ...consuntivo(), indicatorValues: [{ indicator: 0.5, value: '6' }] };
    expect(await invalidFields(RecordConsuntivoDto, fractional)).toEqual(['indicatorValues.0.indicator']);
    const numeric = { ...consuntivo(), indicatorValues: [{ indicator: 0, value: 6 }] };
    expect(await invalidFields(RecordConsuntivoDto, numeric)).toEqual(['indicatorValues.0.value']);
  });

  it('needs the evidence', async () => {
    const { evidence: _, ...withoutEvidence } = consuntivo();
    expect(await invalidFields(RecordConsuntivoDto, withoutEvidence)).toEqual(['evidence']);
  });
});
