import type { Readable } from 'node:stream';

/**
 * Reads an object-mode stream as batches of what it already holds, at most `max` at a time: a
 * burst of events reaches the handler in one call instead of one call each, and the next batch is
 * read only when the caller asks for it, so a slow handler slows the server down instead of
 * filling memory. Ends when the stream ends or closes; throws the error it emits.
 */
export async function* readBatches<T>(stream: Readable, max: number): AsyncGenerator<T[]> {
  if (!Number.isSafeInteger(max) || max < 1) throw new RangeError(`batch size must be a positive integer, got ${max}`);
  let failure: { error: unknown } | undefined;
  let finished = false;
  let wake: (() => void) | undefined;
  const onData = () => wake?.();
  const onFinished = () => {
    finished = true;
    wake?.();
  };
  const onError = (error: unknown) => {
    failure ??= { error };
    wake?.();
  };
  stream.on('readable', onData).on('end', onFinished).on('close', onFinished).on('error', onError);
  try {
    for (;;) {
      const batch: T[] = [];
      for (let item: T | null; batch.length < max && (item = stream.read() as T | null) !== null; ) batch.push(item);
      if (batch.length > 0) {
        yield batch;
        continue;
      }
      if (failure) throw failure.error;
      if (finished) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    stream.off('readable', onData).off('end', onFinished).off('close', onFinished).off('error', onError);
  }
}
