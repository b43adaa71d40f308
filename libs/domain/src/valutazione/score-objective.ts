import { Objective, Plan } from '../plan/plan-state';
import { pointsAwarded } from '../plan/points-awarded';
import { italianNumber, italianPoints } from './italian-number';
import { ObjectiveScore, ObjectiveScoreStatus } from './plan-score';
import { applyScoringRule, describeScoringRule } from './scoring-rule';
import { ScoringRule } from './smvp-rules';

const STATUS_LABELS: Record<ObjectiveScoreStatus, string> = {
  awaiting_consuntivo: 'consuntivo non ancora registrato',
  awaiting_validation: 'non ancora validato dal Nucleo',
  validated: 'validato dal Nucleo',
};

/** One objective's score: nothing is awarded before the Nucleo validates, whatever was recorded. */
export function scoreObjective(objective: Objective, plan: Plan, rule: ScoringRule): ObjectiveScore {
  const { consuntivo, validated } = objective;
  const status: ObjectiveScoreStatus = validated ? 'validated' : consuntivo ? 'awaiting_validation' : 'awaiting_consuntivo';
  const base = {
    objectiveId: objective.objectiveId,
    centroId: objective.centroId,
    title: objective.title,
    points: objective.points,
    status,
    statusLabel: STATUS_LABELS[status],
    ...(consuntivo
      ? {
          consuntivo: {
            achievementPct: consuntivo.achievementPct,
            evidence: consuntivo.evidence,
            recordedAt: consuntivo.recordedAt,
            actorId: consuntivo.actorId,
          },
        }
      : {}),
  };
  const description = describeScoringRule(rule);
  if (!validated) return { ...base, rule: { kind: rule.kind, description }, effectivePct: null, pointsAwarded: null };

  const outcome = applyScoringRule(rule, validated.achievementPct);
  const awarded = pointsAwarded(objective.points, outcome.effectivePct);
  const recordedPct = consuntivo?.achievementPct ?? validated.achievementPct;
  const validation = plan.consuntivoValidation;
  return {
    ...base,
    validation: {
      recordedPct,
      validatedPct: validated.achievementPct,
      adjusted: validated.achievementPct !== recordedPct,
      ...(validated.adjustmentReason !== undefined ? { adjustmentReason: validated.adjustmentReason } : {}),
      ...(validation ? { verbale: validation.verbale, validatedAt: validation.validatedAt } : {}),
    },
    rule: { kind: rule.kind, description, outcome: outcome.explanation },
    effectivePct: outcome.effectivePct,
    pointsAwarded: awarded,
    calculation: `${italianNumber(objective.points)} punti × ${italianNumber(outcome.effectivePct)}% = ${italianPoints(awarded)} punti`,
  };
}
