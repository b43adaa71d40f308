/** A plan and how many events its streams hold. */
export interface PlanEvents {
  planId: string;
  events: number;
}

/**
 * The plans of share `share` of `shares`: a contiguous range of the plans in key order, the
 * ranges holding about as many events each. Contiguous, so that each share's rows come after the
 * previous share's in every table keyed by plan, and the merge appends them share after share.
 * Every thread computes the same ranges from the same list.
 */
export function shareOfPlans(plans: readonly PlanEvents[], share: number, shares: number): string[] {
  // UTF-16 order, SQLite's (UTF-8 bytes) for every id without characters past U+FFFF; where they
  // differ, rows are inserted in between instead of appended, no less correct
  const sorted = [...plans].sort((a, b) => (a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : 0));
  const total = sorted.reduce((sum, plan) => sum + plan.events, 0);
  const mine: string[] = [];
  let before = 0;
  for (const plan of sorted) {
    // a plan goes to the share its middle event falls in
    const owner = total === 0 ? 0 : Math.min(shares - 1, Math.floor(((before + plan.events / 2) * shares) / total));
    if (owner === share) mine.push(plan.planId);
    before += plan.events;
  }
  return mine;
}
