export type Organo = 'giunta' | 'consiglio';
export const ORGANI: readonly Organo[] = ['giunta', 'consiglio'];

/** An act of the Giunta or the Consiglio: the number is unique per organo and calendar year of the ente. */
export interface Delibera {
  organo: Organo;
  numero: number;
  /** ISO date YYYY-MM-DD */
  data: string;
}

/** A document of the Nucleo di Valutazione (verbale, validation document). */
export interface NucleoDocument {
  /** ISO date YYYY-MM-DD */
  data: string;
  numero?: string;
}
