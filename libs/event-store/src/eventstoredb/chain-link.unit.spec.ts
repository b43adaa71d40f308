import { GENESIS_HASH } from '../integrity';
import { StoredEvent } from '../port';
import { sampleEvent } from '../testing/sample-events';
import { chainLinkAfter, conflictsWithHead } from './chain-link';

function storedAt(revision: number, hash?: string): StoredEvent {
  const event: StoredEvent = { ...sampleEvent(), streamName: 'plan-levate', revision, position: 40 + revision };
  if (hash) event.hash = hash;
  return event;
}

describe('chain link of an EventStoreDB append', () => {
  it('a new stream starts at revision 0 from the genesis, pinned to no_stream', () => {
    expect(chainLinkAfter(undefined)).toEqual({ firstRevision: 0, previousHash: GENESIS_HASH, pinned: 'no_stream' });
  });

  it('an existing stream continues after its last event, chained to its hash and pinned to its revision', () => {
    const hash = 'cd'.repeat(32);
    expect(chainLinkAfter(storedAt(6, hash))).toEqual({ firstRevision: 7, previousHash: hash, pinned: 6 });
  });

  it('after an event written before the chain existed, the chain starts again from the genesis', () => {
    expect(chainLinkAfter(storedAt(2))).toEqual({ firstRevision: 3, previousHash: GENESIS_HASH, pinned: 2 });
  });

  it("conflicts without sending when the caller's expected revision is not the head read; 'any' never does", () => {
    const atSix = chainLinkAfter(storedAt(6, 'cd'.repeat(32)));
    expect(conflictsWithHead(6, atSix)).toBe(false);
    expect(conflictsWithHead('any', atSix)).toBe(false);
    expect(conflictsWithHead(5, atSix)).toBe(true);
    expect(conflictsWithHead(7, atSix)).toBe(true);
    expect(conflictsWithHead('no_stream', atSix)).toBe(true);

    const missing = chainLinkAfter(undefined);
    expect(conflictsWithHead('no_stream', missing)).toBe(false);
    expect(conflictsWithHead('any', missing)).toBe(false);
    expect(conflictsWithHead(0, missing)).toBe(true);
  });
});
