import { plainData } from './plain-data';

class PersonLike {
  id = 'roberto.togni';
  email: string | undefined = undefined;
}

describe('plainData', () => {
  it('drops undefined fields all the way down, and keeps null, 0, "" and false', () => {
    const input = { title: undefined, points: 0, notes: '', open: false, parent: null, deep: [{ target: undefined, description: 'PCC' }] };
    expect(plainData(input)).toStrictEqual({ points: 0, notes: '', open: false, parent: null, deep: [{ description: 'PCC' }] });
  });

  it('turns class instances into plain objects', () => {
    const result = plainData({ responsabile: new PersonLike() });
    expect(Object.getPrototypeOf(result.responsabile)).toBe(Object.prototype);
    expect(result).toStrictEqual({ responsabile: { id: 'roberto.togni' } });
  });

  it('leaves the input as it was', () => {
    const input = { changes: { title: undefined, points: 30 } };
    plainData(input);
    expect(Object.keys(input.changes)).toEqual(['title', 'points']);
  });

  it('refuses a Map, which would silently become {}', () => {
    expect(() => plainData({ values: new Map([['2020', 1]]) })).toThrow(TypeError);
  });
});
