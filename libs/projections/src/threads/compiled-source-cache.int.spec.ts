import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompiledSourceCache } from './compiled-source-cache';

describe('the cache of sources compiled for threads', () => {
  let dir: string;
  let file: string;
  const compiles: string[] = [];
  const compile = (source: string) => {
    compiles.push(source);
    return `/* compiled */ ${source}`;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ciclo-compiled-'));
    file = join(dir, 'module.ts');
    writeFileSync(file, 'export const a: number = 1;');
    compiles.length = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('compiles a file once, and gives the same output to a later process', () => {
    const first = new CompiledSourceCache('ts 5.9.3 {}', join(dir, 'cache')).compiled(file, compile);
    const later = new CompiledSourceCache('ts 5.9.3 {}', join(dir, 'cache')).compiled(file, compile);

    expect(first).toBe('/* compiled */ export const a: number = 1;');
    expect(later).toBe(first);
    expect(compiles).toHaveLength(1);
    expect(readdirSync(join(dir, 'cache')).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('compiles again an edited file, and the same file under another compiler or options', () => {
    new CompiledSourceCache('ts 5.9.3 {}', join(dir, 'cache')).compiled(file, compile);
    writeFileSync(file, 'export const a: number = 2;');
    const edited = new CompiledSourceCache('ts 5.9.3 {}', join(dir, 'cache')).compiled(file, compile);
    new CompiledSourceCache('ts 5.9.3 {"sourceMap":false}', join(dir, 'cache')).compiled(file, compile);

    expect(edited).toBe('/* compiled */ export const a: number = 2;');
    expect(compiles).toEqual(['export const a: number = 1;', 'export const a: number = 2;', 'export const a: number = 2;']);
  });

  it('still compiles when the cache cannot be written', () => {
    const unwritable = join(file, 'cache'); // a folder inside a file cannot be made
    const cache = new CompiledSourceCache('ts 5.9.3 {}', unwritable);

    expect(cache.compiled(file, compile)).toBe('/* compiled */ export const a: number = 1;');
    expect(cache.compiled(file, compile)).toBe('/* compiled */ export const a: number = 1;');
    expect(compiles).toHaveLength(2);
  });
});
