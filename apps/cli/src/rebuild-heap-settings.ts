import { setFlagsFromString } from 'node:v8';

/**
 * A rebuild allocates short-lived objects by the million (events, audit entries, JSON): a larger
 * young generation lets most of them die there instead of being copied around, about 10% faster.
 * Process-wide, so only entry points (the rebuild CLI, the benchmark) call it.
 */
export function useRebuildHeapSettings(): void {
  setFlagsFromString('--max-semi-space-size=64');
}
