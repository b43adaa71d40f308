/**
 * Points an objective earns: its maximum points times the achievement the Nucleo validated,
 * rounded to the cent. `points * pct` is rounded before dividing so that 5 x 50.5% gives 2.53,
 * not the 2.52 that rounding 2.5249999... would give.
 */
export function pointsAwarded(points: number, validatedPct: number): number {
  return Math.round(points * validatedPct) / 100;
}
