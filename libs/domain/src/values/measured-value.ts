/**
 * A value as the seed writes it: a count, a euro amount (kept in cents so sums are exact),
 * a count with a note ("59 di cui 43 concessioni cimiteriali"), free text ("Vacante"), or missing.
 */
export type MeasuredValue =
  | { kind: 'count'; value: number; note?: string }
  | { kind: 'euro'; cents: number; note?: string }
  | { kind: 'text'; text: string }
  | { kind: 'missing' };

export const MEASURED_VALUE_KINDS = ['count', 'euro', 'text', 'missing'] as const;
