import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { percentile, round } from './percentiles';

/**
 * The probe's thread, plain JavaScript (nothing to compile): a SQLite file of its own, WAL with
 * synchronous=FULL as the event store commits, one 1-row transaction every `intervalMs`, each timed.
 * In a thread so that its fsyncs never stall the load generator's event loop.
 */
const THREAD_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec('CREATE TABLE IF NOT EXISTS probe (at REAL NOT NULL)');
const insert = db.prepare('INSERT INTO probe (at) VALUES (?)');
const durations = [];
const timer = setInterval(() => {
  const started = performance.now();
  insert.run(started);
  durations.push(performance.now() - started);
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.postMessage(durations);
});
`;

export interface DiskProbeFigures {
  commits: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * How long a durable commit took on the disk while a measurement ran. The API's commands wait for
 * their commit's fsync, and on a virtual machine's shared disk that time moves from run to run:
 * printed beside a latency figure, it tells a slow disk from a slow API.
 */
export class DiskProbe {
  private constructor(private readonly thread: Worker) {}

  static start(dir: string, intervalMs = 50): DiskProbe {
    const thread = new Worker(THREAD_CODE, {
      eval: true,
      workerData: { path: join(dir, 'disk-probe.sqlite'), intervalMs, driver: require.resolve('better-sqlite3') },
    });
    return new DiskProbe(thread);
  }

  async stop(): Promise<DiskProbeFigures> {
    const durations = await new Promise<number[]>((resolve, reject) => {
      this.thread.once('message', resolve);
      this.thread.once('error', reject);
      this.thread.postMessage('stop');
    });
    await this.thread.terminate();
    return {
      commits: durations.length,
      p50Ms: round(percentile(durations, 50)),
      p99Ms: round(percentile(durations, 99)),
      maxMs: round(Math.max(...durations)),
    };
  }
}
