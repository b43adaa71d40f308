import { KeyedSerialQueue } from './keyed-serial-queue';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('KeyedSerialQueue', () => {
  it('starts the next piece of work of a key only once the previous one has finished', async () => {
    const queue = new KeyedSerialQueue();
    const started: string[] = [];
    const first = deferred();
    const a = queue.run('plan-1', async () => {
      started.push('a');
      await first.promise;
      return 'a done';
    });
    const b = queue.run('plan-1', async () => {
      started.push('b');
      return 'b done';
    });
    await turn();
    expect(started).toEqual(['a']);
    first.resolve();
    await expect(a).resolves.toBe('a done');
    await expect(b).resolves.toBe('b done');
    expect(started).toEqual(['a', 'b']);
  });

  it('runs work of different keys side by side', async () => {
    const queue = new KeyedSerialQueue();
    const started: string[] = [];
    const blocked = deferred();
    void queue.run('plan-1', async () => {
      started.push('plan-1');
      await blocked.promise;
    });
    const other = queue.run('plan-2', async () => {
      started.push('plan-2');
      return 2;
    });
    await expect(other).resolves.toBe(2);
    expect(started).toEqual(['plan-1', 'plan-2']);
    blocked.resolve();
  });

  it('goes on with the next piece of work after a failure, and hands the failure to its caller only', async () => {
    const queue = new KeyedSerialQueue();
    const failing = queue.run('plan-1', async () => {
      throw new Error('conflict');
    });
    const next = queue.run('plan-1', async () => 'ran');
    await expect(failing).rejects.toThrow('conflict');
    await expect(next).resolves.toBe('ran');
  });

  it('forgets a key once its work is done', async () => {
    const queue = new KeyedSerialQueue();
    await queue.run('plan-1', async () => 1);
    await turn();
    expect(queue.busyKeys).toBe(0);
  });
});
