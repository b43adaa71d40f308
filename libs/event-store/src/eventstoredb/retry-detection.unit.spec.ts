import { StoredEvent } from '../port';
import { sampleEvents } from '../testing/sample-events';
import { originalResultOfRetry } from './retry-detection';

const stored = (events = sampleEvents(5)): StoredEvent[] =>
  events.map((event, revision) => ({ ...event, streamName: 'plan-a', revision, position: 100 + revision * 10 }));

describe('recognising a retried append by its event ids', () => {
  const stream = stored();

  it('events stored consecutively in this order are a retry: the original result comes back', () => {
    expect(originalResultOfRetry(stream, stream.slice(1, 3))).toEqual({ nextExpectedRevision: 2, position: 120 });
    expect(originalResultOfRetry(stream, stream.slice(3))).toEqual({ nextExpectedRevision: 4, position: 140 });
    expect(originalResultOfRetry(stream.slice(3), stream.slice(3))).toEqual({ nextExpectedRevision: 4, position: 140 });
  });

  it('anything else is not a retry', () => {
    const [fresh] = sampleEvents(1);
    expect(originalResultOfRetry(stream, [fresh])).toBeUndefined();
    expect(originalResultOfRetry([], stream.slice(0, 1))).toBeUndefined();
    expect(originalResultOfRetry(stream, [stream[1], stream[3]])).toBeUndefined(); // not consecutive
    expect(originalResultOfRetry(stream, [stream[2], stream[1]])).toBeUndefined(); // another order
    expect(originalResultOfRetry(stream, [stream[4], fresh])).toBeUndefined(); // partly stored
    expect(originalResultOfRetry(stream, [])).toBeUndefined();
  });
});
