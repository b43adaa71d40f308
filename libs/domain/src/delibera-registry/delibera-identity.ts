import { DeliberaKey } from '../events/delibera-registry-events';
import { Delibera } from '../values/delibera';

/** A delibera is identified by organo, number and calendar year: numbering restarts every year. */
export function deliberaKeyOf(delibera: Delibera): DeliberaKey {
  return { organo: delibera.organo, numero: delibera.numero, year: Number(delibera.data.slice(0, 4)) };
}

export function sameDelibera(a: Delibera, b: Delibera): boolean {
  return deliberaKeyId(deliberaKeyOf(a)) === deliberaKeyId(deliberaKeyOf(b));
}

/** e.g. "giunta n. 28/2024", the way the acts are cited. */
export function describeDelibera(delibera: Delibera | DeliberaKey): string {
  const key = 'year' in delibera ? delibera : deliberaKeyOf(delibera);
  return `${key.organo} n. ${key.numero}/${key.year}`;
}

export function deliberaKeyId(key: DeliberaKey): string {
  return `${key.organo}/${key.numero}/${key.year}`;
}
