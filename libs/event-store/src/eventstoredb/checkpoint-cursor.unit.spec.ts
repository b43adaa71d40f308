import { StoredEvent } from '../port';
import { sampleEvent } from '../testing/sample-events';
import { CheckpointCursor, reconnectDelayMs } from './checkpoint-cursor';

const at = (...positions: number[]): StoredEvent[] =>
  positions.map((position, revision) => ({ ...sampleEvent(`p${position}`), streamName: 'plan-a', revision, position }));
const positions = (events: StoredEvent[]) => events.map((e) => e.position);

describe('the resume logic of a catch-up subscription', () => {
  it('starts from the subscriber checkpoint: $all from the start for 0, else from that position', () => {
    expect(new CheckpointCursor(0).resumeFrom()).toBe('start');
    expect(new CheckpointCursor(4_096).resumeFrom()).toEqual({ commit: 4_096n, prepare: 4_096n });
    expect(() => new CheckpointCursor(-1)).toThrow(RangeError);
  });

  it('drops the event at the start position if the server repeats it', () => {
    const cursor = new CheckpointCursor(200);
    expect(positions(cursor.unseen(at(200, 310, 420)))).toEqual([310, 420]);
  });

  it('moves only once the handler has finished a batch, and resumes from there', () => {
    const cursor = new CheckpointCursor(0);
    const batch = cursor.unseen(at(100, 200));
    expect(cursor.checkpoint).toBe(0); // the handler may still fail: nothing is acknowledged yet
    cursor.handled(batch);
    expect(cursor.checkpoint).toBe(200);
    expect(cursor.resumeFrom()).toEqual({ commit: 200n, prepare: 200n });
  });

  it('after a reconnect that replays from an older position, hands on only what the handler has not seen', () => {
    const cursor = new CheckpointCursor(0);
    cursor.handled(cursor.unseen(at(100, 200, 300)));
    // the connection drops; the new subscription delivers from earlier than the checkpoint
    const replayed = cursor.unseen(at(100, 200, 300, 400, 500));
    expect(positions(replayed)).toEqual([400, 500]);
    cursor.handled(replayed);
    expect(cursor.unseen(at(500))).toEqual([]);
    expect(cursor.checkpoint).toBe(500);
  });

  it('events delivered but not finished by the handler are handed on again after a resume', () => {
    const cursor = new CheckpointCursor(100);
    expect(positions(cursor.unseen(at(200, 300)))).toEqual([200, 300]);
    // stopped before handled(): the checkpoint stays, so the replay from it hands them on again
    expect(cursor.resumeFrom()).toEqual({ commit: 100n, prepare: 100n });
    expect(positions(cursor.unseen(at(100, 200, 300)))).toEqual([200, 300]);
  });

  it('refuses a delivery out of order rather than hand it on', () => {
    expect(() => new CheckpointCursor(0).unseen(at(100, 300, 200))).toThrow(/300/);
  });

  it('waits longer after each failed reconnection, up to 5 seconds', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(reconnectDelayMs)).toEqual([100, 200, 400, 800, 1600, 3200, 5000]);
    expect(reconnectDelayMs(1_000)).toBe(5000);
  });
});
