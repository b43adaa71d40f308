import { RecentStates } from './recent-states';

describe('RecentStates', () => {
  it('keeps at most its limit, dropping the least recently used first', () => {
    const recent = new RecentStates<number>(2);
    recent.set('a', 1);
    recent.set('b', 2);
    expect(recent.get('a')).toBe(1); // a is now the most recent
    recent.set('c', 3);

    expect(recent.get('b')).toBeUndefined();
    expect(recent.get('a')).toBe(1);
    expect(recent.get('c')).toBe(3);
  });

  it('forgets everything on clear', () => {
    const recent = new RecentStates<string>(10);
    recent.set('plan', 'state');
    recent.clear();
    expect(recent.get('plan')).toBeUndefined();
  });
});
