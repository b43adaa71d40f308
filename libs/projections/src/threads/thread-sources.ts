import { extname } from 'node:path';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { CompiledSourceCache } from './compiled-source-cache';

/** ts-node's running compiler, when this process runs from TypeScript sources through it */
interface TsNodeService {
  compile(code: string, fileName: string): string;
  ts: { version: string };
  config: { options: object };
}

/**
 * A thread started from TypeScript sources compiles every file it loads again, with a cold
 * compiler: seconds before a replay thread does any work. When this process runs under ts-node,
 * its warm compiler compiles those files once, here, and the threads get plain JavaScript: the
 * files `entries` load, transitively, as they were loaded in this process. What it compiled
 * before, unchanged, comes from a cache on disk.
 * Undefined when there is no ts-node (compiled build, jest): threads then compile as usual.
 */
export function compiledSources(entries: readonly string[]): Record<string, string> | undefined {
  const service = (process as unknown as Record<symbol, TsNodeService | undefined>)[Symbol.for('ts-node.register.instance')];
  if (!service) return undefined;
  const files = new Set<string>();
  const visit = (module: NodeJS.Module | undefined) => {
    if (!module || !module.filename.endsWith('.ts') || files.has(module.filename)) return;
    files.add(module.filename);
    module.children.forEach(visit);
  };
  entries.forEach((entry) => visit(require.cache[require.resolve(entry)]));
  const cache = new CompiledSourceCache(`${service.ts.version} ${JSON.stringify(service.config.options)}`);
  const compile = (source: string, file: string) => service.compile(source, file);
  const sources: Record<string, string> = {};
  for (const file of files) sources[file] = cache.compiled(file, compile);
  return sources;
}

/**
 * The code a thread starts with when handed compiled sources: `.ts` files load from them, any
 * other one through ts-node (registered only then), and the path aliases of tsconfig resolve.
 */
export const PRECOMPILED_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
const Module = require('node:module');
const { sources, entry } = workerData.bootstrap;
Module._extensions['.ts'] = function loadCompiled(module, filename) {
  const code = sources[filename];
  if (code !== undefined) return module._compile(code, filename);
  delete Module._extensions['.ts'];
  require('ts-node/register/transpile-only');
  return Module._extensions['.ts'](module, filename);
};
require('tsconfig-paths/register');
require(entry);
`;

/** Running from TypeScript source without handed sources (jest), a thread compiles its files itself. */
const TS_EXEC_ARGV = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];

/**
 * Starts `file` in a worker thread, from `sources` when this process compiled them (see
 * compiledSources), from TypeScript through ts-node when `file` is a `.ts` file, else as it is.
 */
export function startThread(
  file: string,
  workerData: object,
  options: { sources?: Record<string, string>; resourceLimits?: ResourceLimits } = {},
): Worker {
  const { sources, resourceLimits } = options;
  if (sources) {
    const bootstrap = { entry: file, sources };
    return new Worker(PRECOMPILED_BOOTSTRAP, { eval: true, workerData: { ...workerData, bootstrap }, resourceLimits });
  }
  const execArgv = extname(file) === '.ts' ? TS_EXEC_ARGV : [];
  return new Worker(file, { workerData, resourceLimits, execArgv });
}
