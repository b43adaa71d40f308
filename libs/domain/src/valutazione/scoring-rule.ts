import { ScoringRule } from './smvp-rules';
import { italianNumber } from './italian-number';

/** The percentage a rule lets count, and why, in words the Nucleo can copy into its verbale. */
export interface RuleOutcome {
  effectivePct: number;
  explanation: string;
}

const pct = (value: number) => `${italianNumber(value)}%`;

/** The rule in one sentence (Italian). */
export function describeScoringRule(rule: ScoringRule): string {
  switch (rule.kind) {
    case 'proportional':
      return 'Proporzionale: punti × grado di raggiungimento validato / 100 (i punti sono il massimo per la totale realizzazione)';
    case 'threshold':
      return `Soglia minima del ${pct(rule.minimumPct)}: sotto la soglia nessun punto, dalla soglia in su punti proporzionali al grado validato`;
    case 'bands':
      return `Fasce ${rule.bands.map(italianNumber).join('/')}%: il grado validato scende alla fascia più alta che raggiunge${
        rule.bands[0] > 0 ? `; sotto il ${pct(rule.bands[0])} nessun punto` : ''
      }`;
  }
}

/** The share of the points a validated achievement earns under the rule. */
export function applyScoringRule(rule: ScoringRule, validatedPct: number): RuleOutcome {
  switch (rule.kind) {
    case 'proportional':
      return { effectivePct: validatedPct, explanation: `si applica il grado validato, ${pct(validatedPct)}` };
    case 'threshold':
      return validatedPct < rule.minimumPct
        ? { effectivePct: 0, explanation: `${pct(validatedPct)} è sotto la soglia del ${pct(rule.minimumPct)}: nessun punto` }
        : { effectivePct: validatedPct, explanation: `${pct(validatedPct)} raggiunge la soglia del ${pct(rule.minimumPct)}: si applica ${pct(validatedPct)}` };
    case 'bands': {
      const reached = rule.bands.filter((band) => band <= validatedPct);
      if (reached.length === 0) {
        return { effectivePct: 0, explanation: `${pct(validatedPct)} non raggiunge la prima fascia (${pct(rule.bands[0])}): nessun punto` };
      }
      const band = reached[reached.length - 1];
      return { effectivePct: band, explanation: `${pct(validatedPct)} rientra nella fascia del ${pct(band)}` };
    }
  }
}
