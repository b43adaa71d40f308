import { CreatePlanDto } from './create-plan.dto';
import { GetPlanQueryDto } from './get-plan.query.dto';
import { HistoryQueryDto } from './history.query.dto';
import { ListPlansQueryDto } from './list-plans.query.dto';
import { LEVATE_CENTRO_ID, levatePlan } from './testing/levate-payloads';
import { expectValid, invalidFields, reasonsFor } from './testing/validate-body';

describe('CreatePlanDto', () => {
  it('accepts the Levate 2024 plan', async () => {
    const dto = await expectValid(CreatePlanDto, levatePlan());
    expect(dto).toBeInstanceOf(CreatePlanDto);
    expect(dto.ente).toMatchObject({ code: 'levate', name: 'Comune di Levate', provincia: 'BG' });
    expect(dto.triennio).toEqual([2024, 2026]);
  });

  it.each([
    ['Levate', 'upper case'],
    ['san-paolo', 'a dash (it would break the stream name delibere-<code>)'],
    ['levate bg', 'a space'],
    ['', 'nothing'],
    ['a'.repeat(41), 'more than 40 characters'],
  ])('refuses the ente code %p: %s', async (code) => {
    expect(await invalidFields(CreatePlanDto, { ...levatePlan(), ente: { ...levatePlan().ente, code } })).toEqual(['ente.code']);
  });

  it('accepts an ente code with digits and underscores', async () => {
    await expectValid(CreatePlanDto, { ...levatePlan(), ente: { ...levatePlan().ente, code: 'san_paolo_d_argon2' } });
  });

  it('names each missing field of the ente', async () => {
    const fields = await invalidFields(CreatePlanDto, { ...levatePlan(), ente: { code: 'levate' } });
    expect(fields.sort()).toEqual(['ente.name', 'ente.provincia']);
  });

  it('refuses a blank or too long ente name', async () => {
    const blank = { ...levatePlan(), ente: { ...levatePlan().ente, name: '   ' } };
    expect(await reasonsFor(CreatePlanDto, blank, 'ente.name')).toEqual(['name must not be blank']);
    const long = { ...levatePlan(), ente: { ...levatePlan().ente, name: 'x'.repeat(201) } };
    expect(await invalidFields(CreatePlanDto, long)).toEqual(['ente.name']);
  });

  it('refuses an ente that is not an object', async () => {
    expect(await invalidFields(CreatePlanDto, { ...levatePlan(), ente: 'levate' })).toContain('ente');
    expect(await invalidFields(CreatePlanDto, { year: 2024, triennio: [2024, 2026] })).toContain('ente');
  });

  it.each([['2024'], [2024.5], [1999], [2101], [null]])('refuses the year %p', async (year) => {
    expect(await invalidFields(CreatePlanDto, { ...levatePlan(), year })).toEqual(['year']);
  });

  it.each([[[2024]], [[2024, 2025, 2026]], [[2024, '2026']], [[2024, 2026.5]], [[1999, 2001]], ['2024-2026']])(
    'refuses the triennio %p: exactly two integer years',
    async (triennio) => {
      expect(await invalidFields(CreatePlanDto, { ...levatePlan(), triennio })).toEqual(['triennio']);
    },
  );

  it('refuses unknown fields, at the top and inside the ente', async () => {
    expect(await invalidFields(CreatePlanDto, { ...levatePlan(), status: 'approved' })).toEqual(['status']);
    const withSindaco = { ...levatePlan(), ente: { ...levatePlan().ente, sindaco: 'Pinco Pallino' } };
    expect(await invalidFields(CreatePlanDto, withSindaco)).toEqual(['ente.sindaco']);
  });
});

describe('ListPlansQueryDto', () => {
  it('turns the year of the query string into a number', async () => {
    const query = await expectValid(ListPlansQueryDto, { ente: 'levate', year: '2024' }, 'query');
    expect(query).toMatchObject({ ente: 'levate', year: 2024 });
  });

  it('accepts no filter at all', async () => {
    const query = await expectValid(ListPlansQueryDto, {}, 'query');
    expect(query.ente).toBeUndefined();
    expect(query.year).toBeUndefined();
  });

  it.each(['', '20x4', '2024.0', ' 2024', '1e3', '1999'])('refuses the year %p', async (year) => {
    expect(await invalidFields(ListPlansQueryDto, { year }, 'query')).toEqual(['year']);
  });

  it('refuses a malformed ente and unknown parameters', async () => {
    expect(await invalidFields(ListPlansQueryDto, { ente: 'Levate' }, 'query')).toEqual(['ente']);
    expect(await invalidFields(ListPlansQueryDto, { anno: '2024' }, 'query')).toEqual(['anno']);
  });
});

describe('GetPlanQueryDto', () => {
  it.each(['42', '2024-04-09', '2024-04-09T10:15:00Z', '2024-04-09T10:15:00+02:00'])('accepts asOf=%s', async (asOf) => {
    expect((await expectValid(GetPlanQueryDto, { asOf }, 'query')).asOf).toBe(asOf);
  });

  it.each(['yesterday', '2024-02-30', '-3', ''])('refuses asOf=%p', async (asOf) => {
    expect(await invalidFields(GetPlanQueryDto, { asOf }, 'query')).toEqual(['asOf']);
  });

  it('reads minPosition as a non-negative integer', async () => {
    expect((await expectValid(GetPlanQueryDto, { minPosition: '17' }, 'query')).minPosition).toBe(17);
    expect(await invalidFields(GetPlanQueryDto, { minPosition: '-1' }, 'query')).toEqual(['minPosition']);
    expect(await invalidFields(GetPlanQueryDto, { minPosition: 'soon' }, 'query')).toEqual(['minPosition']);
  });

  it('refuses a repeated parameter', async () => {
    expect(await invalidFields(GetPlanQueryDto, { asOf: ['42', '43'] }, 'query')).toEqual(['asOf']);
  });
});

describe('HistoryQueryDto', () => {
  it('accepts UUID filters', async () => {
    const query = await expectValid(HistoryQueryDto, { centroId: LEVATE_CENTRO_ID }, 'query');
    expect(query.centroId).toBe(LEVATE_CENTRO_ID);
  });

  it('refuses filters that are not UUIDs', async () => {
    const fields = await invalidFields(HistoryQueryDto, { centroId: 'AG', objectiveId: '1' }, 'query');
    expect(fields.sort()).toEqual(['centroId', 'objectiveId']);
  });
});
