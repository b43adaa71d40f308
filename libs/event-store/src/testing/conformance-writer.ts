import { randomUUID } from 'node:crypto';
import { AppendResult, EventStore, EventToAppend, ExpectedRevision } from '../port';
import { sampleEvent } from './sample-events';

export const READY_LINE = 'ready';
export const ACK_PREFIX = 'ack ';

/** One line of the writer's stdout: an append the store acknowledged. */
export interface AcknowledgedAppend {
  streamName: string;
  events: EventToAppend[];
  result: AppendResult;
}

/**
 * The body of the crash test's child process: several concurrent writers append to their own
 * streams forever and print each acknowledged append, until the parent kills the process.
 * An adapter's writer script only opens its store and calls this.
 */
export async function runConformanceWriter(store: EventStore, writers = 8): Promise<never> {
  const run = randomUUID().slice(0, 8);
  process.stdout.write(`${READY_LINE}\n`);
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const streamName = `crashtest-${run}-${w}`;
      let expected: ExpectedRevision = 'no_stream';
      for (let i = 0; ; i++) {
        const events = Array.from({ length: 1 + (i % 3) }, (_, k) => sampleEvent(`writer${w} append${i} event${k}`));
        const result = await store.append(streamName, events, expected);
        const ack: AcknowledgedAppend = { streamName, events, result };
        process.stdout.write(`${ACK_PREFIX}${JSON.stringify(ack)}\n`);
        expected = result.nextExpectedRevision;
      }
    }),
  );
  throw new Error('unreachable: the writers loop until the process is killed');
}

/** Runs the writer and turns any failure into a message on stderr and a non-zero exit. */
export function runConformanceWriterProcess(open: () => EventStore | Promise<EventStore>): void {
  Promise.resolve()
    .then(open)
    .then((store) => runConformanceWriter(store))
    .catch((error: unknown) => {
      process.stderr.write(`conformance writer failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
}
