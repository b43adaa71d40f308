import { ApproveByDeliberaDto } from './approve-by-delibera.dto';
import { OpenVariationDto } from './open-variation.dto';
import { RefuseRelazioneDto } from './refuse-relazione.dto';
import { delibera28, LEVATE_OBJECTIVE_ID } from './testing/levate-payloads';
import { expectValid, invalidFields } from './testing/validate-body';
import { ValidateConsuntivoDto } from './validate-consuntivo.dto';
import { ValidateRelazioneDto } from './validate-relazione.dto';

describe('ApproveByDeliberaDto', () => {
  it('accepts Delibera di Giunta n. 28 del 09/04/2024', async () => {
    const dto = await expectValid(ApproveByDeliberaDto, { delibera: delibera28() });
    expect(dto.delibera).toMatchObject({ organo: 'giunta', numero: 28, data: '2024-04-09' });
  });

  it('accepts a delibera of the Consiglio', async () => {
    await expectValid(ApproveByDeliberaDto, { delibera: { organo: 'consiglio', numero: 41, data: '2024-10-29' } });
  });

  it.each(['sindaco', 'Giunta', ''])('refuses the organo %p', async (organo) => {
    expect(await invalidFields(ApproveByDeliberaDto, { delibera: { ...delibera28(), organo } })).toEqual(['delibera.organo']);
  });

  it.each([[0], [-28], [28.5], ['28'], [null]])('refuses the numero %p', async (numero) => {
    expect(await invalidFields(ApproveByDeliberaDto, { delibera: { ...delibera28(), numero } })).toEqual(['delibera.numero']);
  });

  it.each(['2024-02-30', '2023-02-29', '09/04/2024', '2024-04-09T00:00:00Z', 20240409])('refuses the date %p', async (data) => {
    expect(await invalidFields(ApproveByDeliberaDto, { delibera: { ...delibera28(), data } })).toEqual(['delibera.data']);
  });

  it('refuses a missing delibera, and fields a delibera does not have', async () => {
    expect(await invalidFields(ApproveByDeliberaDto, {})).toEqual(['delibera']);
    const enforceable = { delibera: { ...delibera28(), immediatamenteEseguibile: true } };
    expect(await invalidFields(ApproveByDeliberaDto, enforceable)).toEqual(['delibera.immediatamenteEseguibile']);
  });
});

describe('OpenVariationDto and RefuseRelazioneDto', () => {
  it('need a reason, and leave a blank one to the domain', async () => {
    await expectValid(OpenVariationDto, { reason: 'Nuovo obiettivo sul Piano di Diritto allo Studio' });
    expect(await invalidFields(OpenVariationDto, {})).toEqual(['reason']);
    expect((await expectValid(RefuseRelazioneDto, { reason: ' ' })).reason).toBe(' ');
    expect(await invalidFields(RefuseRelazioneDto, { reason: ['manca la variazione'] })).toEqual(['reason']);
  });
});

describe('ValidateConsuntivoDto', () => {
  const verbale = () => ({ data: '2025-04-15', numero: '3/2025' });
  const adjustment = () => ({ objectiveId: LEVATE_OBJECTIVE_ID, achievementPct: 80, reason: 'Due misure concluse nel 2025' });

  it('accepts a validation without adjustments', async () => {
    const dto = await expectValid(ValidateConsuntivoDto, { verbale: verbale(), adjustments: [] });
    expect(dto.adjustments).toEqual([]);
  });

  it('accepts a verbale without a number, and adjustments with reasons', async () => {
    await expectValid(ValidateConsuntivoDto, { verbale: { data: '2025-04-15' }, adjustments: [adjustment()] });
  });

  it('refuses a missing reason (400), but lets a blank one reach the domain rule adjustment_needs_reason (409)', async () => {
    const { reason: _, ...withoutReason } = adjustment();
    expect(await invalidFields(ValidateConsuntivoDto, { verbale: verbale(), adjustments: [withoutReason] })).toEqual([
      'adjustments.0.reason',
    ]);
    const blank = await expectValid(ValidateConsuntivoDto, { verbale: verbale(), adjustments: [{ ...adjustment(), reason: '   ' }] });
    expect(blank.adjustments[0].reason).toBe('   ');
  });

  it('names the broken fields of an adjustment', async () => {
    const broken = { objectiveId: 'transizione-digitale', achievementPct: 120, reason: 'x' };
    expect((await invalidFields(ValidateConsuntivoDto, { verbale: verbale(), adjustments: [adjustment(), broken] })).sort()).toEqual([
      'adjustments.1.achievementPct',
      'adjustments.1.objectiveId',
    ]);
  });

  it('needs the adjustments list and a dated verbale', async () => {
    expect(await invalidFields(ValidateConsuntivoDto, { verbale: verbale() })).toEqual(['adjustments']);
    expect(await invalidFields(ValidateConsuntivoDto, { verbale: { data: '2025-02-29' }, adjustments: [] })).toEqual(['verbale.data']);
    expect(await invalidFields(ValidateConsuntivoDto, { verbale: { numero: '3' }, adjustments: [] })).toEqual(['verbale.data']);
  });
});

describe('ValidateRelazioneDto', () => {
  it('accepts a dated document of the Nucleo', async () => {
    await expectValid(ValidateRelazioneDto, { documento: { data: '2025-06-20', numero: '5/2025' } });
  });

  it('refuses a document without a real date, or with a blank number', async () => {
    expect(await invalidFields(ValidateRelazioneDto, { documento: { data: '2025-06-31' } })).toEqual(['documento.data']);
    expect(await invalidFields(ValidateRelazioneDto, { documento: { data: '2025-06-20', numero: ' ' } })).toEqual([
      'documento.numero',
    ]);
    expect(await invalidFields(ValidateRelazioneDto, { verbale: { data: '2025-06-20' } })).toEqual(['verbale', 'documento']);
  });
});
