/**
 * Points an objective earns: its maximum points times the achievement the Nucleo validated,
 * rounded to the cent. `points * pct` is rounded before dividing so that 5 x 50.5% gives 2.53,
 * not the 2.52 that rounding 2.5249999... would give.
 */
export function pointsAwarded(points: number, validatedPct: number): number {
  return Math.round(withoutBinaryNoise(points * validatedPct)) / 100;
}

/** A sum or a share of points, rounded half up to the cent as the points themselves are. */
export function roundToCent(value: number): number {
  return Math.round(withoutBinaryNoise(value * 100)) / 100;
}

/**
 * Binary floating point makes 15 x 4.1 = 61.49999999999999, which would round down: twelve
 * significant digits are far more than points and percentages carry, and drop that noise.
 */
function withoutBinaryNoise(value: number): number {
  return Number(value.toPrecision(12));
}
