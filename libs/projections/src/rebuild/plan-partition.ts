/**
 * Which of `partitions` replay threads folds a plan: FNV-1a of its id, so that every event of a
 * plan goes to the same thread whichever stream (`plan-<id>`, `reminders-<id>`) it comes from.
 */
export function planPartition(planId: string, partitions: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < planId.length; i++) {
    hash ^= planId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % partitions;
}
