import { MeasuredValueDto, toMeasuredValue } from './measured-value.dto';
import { RecordIndicatorValueDto } from './record-indicator-value.dto';
import { expectValid, invalidFields, reasonsFor } from './testing/validate-body';

/** The values are validated where they travel: in the body of PUT .../values/:year. */
const withValue = (value: unknown) => ({ value });

describe('MeasuredValueDto', () => {
  it.each([
    [{ kind: 'count', value: 4687 }],
    [{ kind: 'count', value: 59, note: 'di cui 43 concessioni cimiteriali' }],
    [{ kind: 'count', value: 0 }],
    [{ kind: 'count', value: 2.5, note: 'FTE' }],
    [{ kind: 'euro', cents: 31968010 }],
    [{ kind: 'euro', cents: 1605530, note: 'contributi erogati' }],
    [{ kind: 'euro', cents: -50000 }],
    [{ kind: 'text', text: 'Vacante' }],
    [{ kind: 'missing' }],
  ])('accepts the Levate value %j', async (value) => {
    const dto = await expectValid(RecordIndicatorValueDto, withValue(value));
    expect(dto.value).toBeInstanceOf(MeasuredValueDto);
    expect(toMeasuredValue(dto.value)).toEqual(value);
  });

  it('refuses an unknown kind', async () => {
    expect(await invalidFields(RecordIndicatorValueDto, withValue({ kind: 'percent', value: 5 }))).toContain('value.kind');
  });

  it.each([
    [{ kind: 'count' }, 'value.value'],
    [{ kind: 'count', value: '4687' }, 'value.value'],
    [{ kind: 'count', value: -1 }, 'value.value'],
    [{ kind: 'euro' }, 'value.cents'],
    [{ kind: 'euro', cents: 319680.1 }, 'value.cents'],
    [{ kind: 'euro', cents: Number.MAX_SAFE_INTEGER + 2 }, 'value.cents'],
    [{ kind: 'text' }, 'value.text'],
    [{ kind: 'text', text: '  ' }, 'value.text'],
    [{ kind: 'count', value: 4, note: 4 }, 'value.note'],
  ])('refuses %j, naming %s', async (value, field) => {
    expect(await invalidFields(RecordIndicatorValueDto, withValue(value))).toEqual([field]);
  });

  it.each([
    [{ kind: 'text', text: 'Vacante', value: 1 }, 'value.value'],
    [{ kind: 'count', value: 1, cents: 100 }, 'value.cents'],
    [{ kind: 'missing', note: 'non rilevato' }, 'value.note'],
    [{ kind: 'text', text: 'Vacante', note: 'dal 2023' }, 'value.note'],
    [{ kind: 'euro', cents: 100, text: 'cento' }, 'value.text'],
  ])('refuses %j: a field its kind does not carry (%s)', async (value, field) => {
    expect(await invalidFields(RecordIndicatorValueDto, withValue(value))).toEqual([field]);
  });

  it('says which kind a stray field belongs to', async () => {
    const reasons = await reasonsFor(RecordIndicatorValueDto, withValue({ kind: 'text', text: 'Vacante', value: 1 }), 'value.value');
    expect(reasons).toEqual(['value is only allowed when kind is count']);
  });

  it('refuses fields no kind has', async () => {
    expect(await invalidFields(RecordIndicatorValueDto, withValue({ kind: 'count', value: 1, unit: 'n.' }))).toEqual(['value.unit']);
  });

  it('refuses a value that is not an object', async () => {
    expect(await invalidFields(RecordIndicatorValueDto, withValue(4687))).toEqual(['value']);
    expect(await invalidFields(RecordIndicatorValueDto, {})).toEqual(['value']);
  });
});
