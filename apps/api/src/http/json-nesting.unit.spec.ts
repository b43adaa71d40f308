import { jsonNestingDepth } from './json-nesting';
import { findHostileContent } from './hostile-content';

const depth = (text: string) => jsonNestingDepth(Buffer.from(text));

describe('jsonNestingDepth', () => {
  it('counts objects and arrays, not brackets inside strings', () => {
    expect(depth('1')).toBe(0);
    expect(depth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(depth('{"a":"[[[{{{\\"[[["}')).toBe(1);
    expect(depth(`${'['.repeat(5000)}${']'.repeat(5000)}`)).toBe(5000);
  });
});

describe('findHostileContent', () => {
  it('names the path of a prototype key, with its parent', () => {
    expect(findHostileContent(JSON.parse('{"indicators":[{"description":"d","__proto__":{"x":1}}]}'))).toEqual({
      field: 'indicators[0].__proto__',
      reason: 'the key "__proto__" is not allowed',
    });
    expect(findHostileContent({ constructor: { prototype: {} } })?.field).toBe('constructor');
  });

  it('refuses control characters but keeps tabs, new lines, accents and SQL-like text', () => {
    expect(findHostileContent({ title: 'a\u0000b' })).toEqual({ field: 'title', reason: 'title contains the control character U+0000' });
    expect(findHostileContent({ notes: ['ok', 'rosso \u001b[31m'] })?.field).toBe('notes[1]');
    expect(findHostileContent({ title: 'gen\u202Etxt.exe' })?.reason).toContain('U+202E');
    expect(findHostileContent({ text: "Attività\tnote\r\nperò '; DROP TABLE events; --" })).toBeUndefined();
  });
});
