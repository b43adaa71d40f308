import { NucleoWarning } from './nucleo-warning';
import { PlanScore } from './plan-score';

/**
 * Every validated objective at the maximum (and so every centro): the Corte dei conti treats
 * bonuses paid without differentiating the evaluations as a loss to the public purse. One
 * objective, or one centro, cannot be "undifferentiated", so it takes at least two.
 */
export function differentiationWarnings(score: PlanScore): NucleoWarning[] {
  const validated = score.centri.flatMap((centro) => centro.objectiveScores).filter((o) => o.status === 'validated');
  if (validated.length < 2 || !validated.every((o) => o.effectivePct === 100)) return [];
  const complete = score.centri.filter((centro) => centro.objectives > 0 && centro.validatedObjectives === centro.objectives);
  const centriAtMaximum = complete.filter((centro) => centro.awarded === centro.maximum);
  const centriPart =
    centriAtMaximum.length >= 2 && centriAtMaximum.length === complete.length
      ? ` e tutti i ${complete.length} centri ottengono il punteggio massimo`
      : '';
  return [
    {
      code: 'no_differentiation',
      severity: 'high',
      message:
        `Tutti i ${validated.length} obiettivi validati sono realizzati al 100%${centriPart}: valutazioni non differenziate. ` +
        `La Corte dei conti considera danno erariale i premi erogati senza differenziazione.`,
      facts: {
        validatedObjectives: validated.length,
        objectivesAtMaximum: validated.length,
        centri: complete.length,
        centriAtMaximum: centriAtMaximum.length,
      },
    },
  ];
}
