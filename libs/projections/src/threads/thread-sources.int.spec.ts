import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * Under ts-node (the rebuild CLI, the benchmark) the replay threads load the sources this process
 * compiled: jest cannot show that, a child process running from TypeScript can.
 */
describe('replay threads started from TypeScript sources', () => {
  it('get the compiled sources and rebuild the rows following the store wrote', () => {
    const output = execFileSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(__dirname, '..', 'testing', 'rebuild-in-threads.ts')],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    const result = JSON.parse(output.trim().split('\n').pop()!);
    expect(result).toEqual({ precompiled: true, same: true, events: expect.any(Number) });
    expect(result.events).toBeGreaterThan(60);
  }, 120_000);
});
