import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ACK_PREFIX, AcknowledgedAppend, READY_LINE } from './conformance-writer';
import { WriterProcessCommand } from './event-store-fixture';

/** A command that runs a TypeScript writer script with node, ts-node (transpile only) and the path aliases. */
export function tsNodeWriterCommand(scriptPath: string, env: Record<string, string>): WriterProcessCommand {
  const root = projectRoot(dirname(scriptPath));
  return {
    command: process.execPath,
    args: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', scriptPath],
    cwd: root,
    env: { ...process.env, ...env, TS_NODE_PROJECT: join(root, 'tsconfig.json') },
  };
}

function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'tsconfig.json')) && existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No tsconfig.json above ${from}`);
  }
}

/** A running writer process and what it has acknowledged so far (complete stdout lines only). */
export class WriterProcess {
  readonly acknowledged: AcknowledgedAppend[] = [];
  private ready = false;
  private stderr = '';
  private partialLine = '';
  private readonly exited: Promise<NodeJS.Signals | number | null>;
  private readonly child: ChildProcess;

  constructor(command: WriterProcessCommand) {
    this.child = spawn(command.command, command.args, { cwd: command.cwd, env: command.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => this.takeLines(chunk));
    this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve(signal ?? code)));
  }

  /** Resolves once at least `count` appends were acknowledged; fails if the process dies first. */
  async waitForAcks(count: number, timeoutMs: number, whileWaiting: () => Promise<void>): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.acknowledged.length < count) {
      if (this.child.exitCode !== null) throw new Error(`writer exited with ${this.child.exitCode}: ${this.stderr}`);
      if (Date.now() > deadline) {
        throw new Error(`writer acknowledged ${this.acknowledged.length}/${count} appends in ${timeoutMs} ms (ready: ${this.ready}): ${this.stderr}`);
      }
      await whileWaiting();
    }
  }

  /** SIGKILL: no shutdown hook, no flush, as close as a process gets to a crash. */
  async kill(): Promise<NodeJS.Signals | number | null> {
    this.child.kill('SIGKILL');
    return this.exited;
  }

  private takeLines(chunk: string): void {
    const lines = (this.partialLine + chunk).split('\n');
    this.partialLine = lines.pop() ?? '';
    for (const line of lines) {
      if (line === READY_LINE) this.ready = true;
      else if (line.startsWith(ACK_PREFIX)) this.acknowledged.push(JSON.parse(line.slice(ACK_PREFIX.length)));
    }
  }
}
