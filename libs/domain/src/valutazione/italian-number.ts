import { roundToCent } from '../plan/points-awarded';

/**
 * 50,5 and 2,53: numbers as an Italian verbale writes them (decimal comma, at most two decimals,
 * no thousands separator). Written by hand so the output never depends on the ICU data Node ships.
 */
export function italianNumber(value: number): string {
  return String(roundToCent(value)).replace('.', ',');
}

/** 2,50: points to the cent, always with two decimals. */
export function italianPoints(value: number): string {
  return roundToCent(value).toFixed(2).replace('.', ',');
}

/** "1 giorno", "69 giorni". */
export function italianDays(days: number): string {
  return days === 1 ? '1 giorno' : `${days} giorni`;
}
