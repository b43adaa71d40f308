import { Centro } from '../plan/plan-state';

export interface Settore {
  /** the centro di responsabilità, or a centro without a parent in the plan */
  head: Centro;
  /** the head first, then its centri di attività in plan order */
  members: Centro[];
}

/**
 * Groups the centri into settori: a centro goes with the centro its parentCode names, up to one
 * without a parent. A parentCode that names no centro of the plan leaves the centro on its own.
 */
export function settoriOf(centri: Centro[]): Settore[] {
  const byCode = new Map(centri.map((centro) => [centro.code, centro]));
  const settori = new Map<string, Settore>();
  for (const centro of centri) {
    const head = headOf(centro, byCode);
    const settore = settori.get(head.code) ?? { head, members: [] };
    settore.members.push(centro);
    settori.set(head.code, settore);
  }
  return [...settori.values()].map(({ head, members }) => ({ head, members: [head, ...members.filter((m) => m !== head)] }));
}

export function headOf(centro: Centro, byCode: Map<string, Centro>): Centro {
  const seen = new Set<string>([centro.code]);
  let head = centro;
  for (let parent = parentOf(head, byCode); parent && !seen.has(parent.code); parent = parentOf(head, byCode)) {
    seen.add(parent.code);
    head = parent;
  }
  return head;
}

function parentOf(centro: Centro, byCode: Map<string, Centro>): Centro | undefined {
  return centro.parentCode === undefined ? undefined : byCode.get(centro.parentCode);
}
