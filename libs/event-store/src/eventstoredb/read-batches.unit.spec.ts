import { PassThrough } from 'node:stream';
import { readBatches } from './read-batches';

const objects = () => new PassThrough({ objectMode: true });

describe('reading a subscription stream in batches', () => {
  it('hands over what is buffered, at most the batch size at a time, then waits for more', async () => {
    const stream = objects();
    for (let i = 1; i <= 5; i++) stream.write(i);
    const batches = readBatches<number>(stream, 2);

    expect((await batches.next()).value).toEqual([1, 2]);
    expect((await batches.next()).value).toEqual([3, 4]);
    expect((await batches.next()).value).toEqual([5]);

    const waiting = batches.next();
    setTimeout(() => stream.write(6), 10);
    expect((await waiting).value).toEqual([6]);
    stream.end();
    expect(await batches.next()).toEqual({ done: true, value: undefined });
  });

  it('ends when the stream is destroyed without error (an unsubscribe)', async () => {
    const stream = objects();
    const batches = readBatches<number>(stream, 10);
    const waiting = batches.next();
    stream.destroy();
    expect(await waiting).toEqual({ done: true, value: undefined });
  });

  it("hands over what arrived before the stream's error, then throws it", async () => {
    const stream = objects();
    stream.write('a');
    const lost = new Error('14 UNAVAILABLE');
    const seen: string[][] = [];
    const reading = (async () => {
      for await (const batch of readBatches<string>(stream, 10)) seen.push(batch);
    })();
    setTimeout(() => stream.emit('error', lost), 10);
    await expect(reading).rejects.toBe(lost);
    expect(seen).toEqual([['a']]);
  });

  it('stops listening to the stream when the reader stops early', async () => {
    const stream = objects();
    stream.write(1);
    for await (const batch of readBatches<number>(stream, 10)) {
      expect(batch).toEqual([1]);
      break;
    }
    expect(stream.listenerCount('error')).toBe(0);
    expect(stream.listenerCount('readable')).toBe(0);
  });

  it('refuses a batch size that is not a positive integer', async () => {
    await expect(readBatches(objects(), 0).next()).rejects.toThrow(RangeError);
  });
});
