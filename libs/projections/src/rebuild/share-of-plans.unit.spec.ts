import { shareOfPlans } from './share-of-plans';

describe('the plans of a share', () => {
  const plans = [
    { planId: 'c', events: 20 },
    { planId: 'a', events: 40 },
    { planId: 'd', events: 30 },
    { planId: 'b', events: 10 },
  ];

  it('splits the plans in key order into ranges of about as many events', () => {
    expect(shareOfPlans(plans, 0, 2)).toEqual(['a', 'b']);
    expect(shareOfPlans(plans, 1, 2)).toEqual(['c', 'd']);
  });

  it('gives every plan to exactly one share, whatever the number of shares', () => {
    for (const shares of [1, 2, 3, 4, 7]) {
      const all = Array.from({ length: shares }, (_, share) => shareOfPlans(plans, share, shares)).flat();
      expect(all).toEqual(['a', 'b', 'c', 'd']);
    }
  });

  it('leaves a share empty rather than split a plan', () => {
    expect(shareOfPlans([{ planId: 'a', events: 100 }], 0, 2)).toEqual([]);
    expect(shareOfPlans([{ planId: 'a', events: 100 }], 1, 2)).toEqual(['a']);
  });
});
