import { fieldChanges } from './field-changes';

describe('fieldChanges', () => {
  it('lists the changed fields with before and after, skipping equal values', () => {
    const indicators = [{ description: 'pagamenti entro 30 giorni', target: '100%' }];
    expect(
      fieldChanges(
        { title: 'PCC', points: 30, indicators, measures: ['a'] },
        { title: 'PCC', points: 35, indicators, measures: ['a', 'b'] },
      ),
    ).toEqual([
      { field: 'points', before: 30, after: 35 },
      { field: 'measures', before: ['a'], after: ['a', 'b'] },
    ]);
  });

  it('compares values by content, not by identity', () => {
    expect(fieldChanges({ target: { value: 1, note: 'x' } }, { target: { value: 1, note: 'x' } })).toEqual([]);
  });

  it('treats a new thing as undefined -> its fields and a removed one as its fields -> undefined', () => {
    expect(fieldChanges(undefined, { number: 1, description: 'Protocollo' })).toEqual([
      { field: 'number', before: undefined, after: 1 },
      { field: 'description', before: undefined, after: 'Protocollo' },
    ]);
    expect(fieldChanges({ number: 1 }, undefined)).toEqual([{ field: 'number', before: 1, after: undefined }]);
  });

  it('prefixes the field paths and leaves out the skipped fields', () => {
    expect(fieldChanges({ a: 1, b: 1 }, { a: 2, b: 2 }, 'values.', new Set(['b']))).toEqual([
      { field: 'values.a', before: 1, after: 2 },
    ]);
  });
});
