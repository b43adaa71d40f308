import { createServer } from 'node:net';
import { InvalidStreamNameError, StoredEvent, WrongExpectedRevisionError } from '../port';
import { describeEventStoreConformance, sampleEvent } from '../testing';
import { delay } from '../testing/sample-events';
import { isTransientConnectionError } from './error-mapping';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { CONNECTION_STRING_VARIABLE, eventStoreDbConformanceFactory } from './testing/eventstoredb-conformance';

const connectionString = process.env[CONNECTION_STRING_VARIABLE];
if (connectionString) {
  describeEventStoreConformance('EventStoreDB', eventStoreDbConformanceFactory(connectionString));
} else {
  process.stdout.write(
    `skipped: no EventStoreDB configured (set ${CONNECTION_STRING_VARIABLE} to run the conformance suite against it)\n`,
  );
}

/** A loopback port nothing listens on: connections are refused at once. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('EventStoreDbEventStore with no server listening (a real client, a refused connection)', () => {
  let store: EventStoreDbEventStore;
  beforeEach(async () => {
    store = EventStoreDbEventStore.connect({ connectionString: `esdb://127.0.0.1:${await closedPort()}?tls=false`, categories: ['plan'] });
  });
  afterEach(() => store.close());

  it('refuses a malformed append before it goes anywhere', async () => {
    await expect(store.append('plan', [sampleEvent()], 'any')).rejects.toBeInstanceOf(InvalidStreamNameError);
    await expect(store.append('plan-a', [], 'no_stream')).rejects.toThrow(/at least one event/);
    await expect(store.append('plan-a', [sampleEvent('x', { id: 'command-1/event/0' })], 'any')).rejects.toThrow(/lowercase uuid/);
    await expect(store.append('plan-a', [sampleEvent()], -1)).rejects.toThrow(RangeError);
  });

  it('an append that cannot reach the server fails with the connection error, never as a conflict', async () => {
    const error = await store.append('plan-a', [sampleEvent()], 'no_stream').catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(WrongExpectedRevisionError);
    expect(isTransientConnectionError(error)).toBe(true);
    expect(isTransientConnectionError(await store.readStream('plan-a').catch((e: unknown) => e))).toBe(true);
  });

  it('a subscription keeps reconnecting without handing anything or failing, and stops when told', async () => {
    const handed: StoredEvent[] = [];
    const errors: unknown[] = [];
    const subscription = store.subscribeToAll({ after: 0 }, (events) => void handed.push(...events), (e) => errors.push(e));
    await expect(subscription.waitFor(1, 700)).rejects.toThrow(/did not reach position 1 within 700 ms \(at 0\)/);
    const stopping = Date.now();
    await subscription.stop();
    expect(Date.now() - stopping).toBeLessThan(1_000);
    await delay(50);
    expect(handed).toEqual([]);
    expect(errors).toEqual([]);
    await expect(subscription.waitFor(1)).rejects.toThrow(/stopped/);
  });

  it('refuses every call after close, and close twice is harmless', async () => {
    await store.close();
    await expect(store.append('plan-a', [sampleEvent()], 'any')).rejects.toThrow('closed');
    await expect(store.readAll()).rejects.toThrow('closed');
    await expect(store.headPosition()).rejects.toThrow('closed');
    expect(() => store.subscribeToAll({ after: 0 }, () => undefined)).toThrow('closed');
    await store.close();
  });

  it('a connection string that is not one fails at connect, naming the problem', () => {
    expect(() => EventStoreDbEventStore.connect({ connectionString: 'postgres://localhost/ciclo' })).toThrow(/esdb/i);
    expect(() => EventStoreDbEventStore.connect({ connectionString: 'esdb://x', categories: ['plan-x'] })).toThrow(/Category/);
  });
});
