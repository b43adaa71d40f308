import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** where tools keep what they can compute again: node_modules/.cache, beside the compiler */
export const DEFAULT_COMPILED_SOURCE_CACHE = join(dirname(dirname(require.resolve('typescript/package.json'))), '.cache', 'ciclo-threads');

/**
 * The JavaScript of a TypeScript file, as the compiler gave it the last time the same file with
 * the same text went through the same compiler and options: compiling the ~120 files a replay
 * thread loads takes ~0.7 s, on the calling thread, before any thread starts.
 * Entries are named by a hash of all of that, so an edited file or a new compiler misses.
 * A cache that cannot be written (read-only install) only means compiling every time.
 */
export class CompiledSourceCache {
  constructor(
    /** compiler version and options: part of every key */
    private readonly compilerFingerprint: string,
    private readonly directory = DEFAULT_COMPILED_SOURCE_CACHE,
  ) {}

  compiled(file: string, compile: (source: string, file: string) => string): string {
    const source = readFileSync(file, 'utf8');
    const key = createHash('sha256').update(this.compilerFingerprint).update('\0').update(file).update('\0').update(source).digest('hex');
    const entry = join(this.directory, `${key}.js`);
    try {
      return readFileSync(entry, 'utf8');
    } catch {
      const output = compile(source, file);
      this.store(entry, output);
      return output;
    }
  }

  private store(entry: string, output: string): void {
    try {
      mkdirSync(this.directory, { recursive: true });
      // written aside and renamed: another process reading the entry never sees half of it
      const partial = `${entry}.${process.pid}.partial`;
      writeFileSync(partial, output);
      renameSync(partial, entry);
    } catch {
      // not cached: the next run compiles again
    }
  }
}
