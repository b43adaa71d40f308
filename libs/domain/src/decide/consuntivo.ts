import { NucleoAdjustment, RecordConsuntivo } from '../commands/plan-commands';
import { RuleViolationError } from '../errors/domain-errors';
import { ValidationResult } from '../events/plan-events';
import { Objective, Plan } from '../plan/plan-state';
import { CommandDeciders } from './command-deciders';
import { assertNucleoDocumentDated } from './delibera-rules';
import { requireObjective } from './lookups';
import { assertObjectiveActive } from './objective-rules';
import { activeObjectives } from './points-rules';
import { assertPercentage, requireText } from './text-rules';

export const consuntivoDeciders: CommandDeciders<'RecordConsuntivo' | 'ValidateConsuntivo'> = {
  // Recording again overwrites: until the Nucleo validates, the responsabile may correct it.
  RecordConsuntivo: ({ planId, data }, plan) => {
    const { centro, objective } = requireObjective(plan, data.objectiveId);
    assertObjectiveActive(objective);
    assertPercentage(data.achievementPct, 'the achievement', 'achievement_out_of_range');
    requireText(data.evidence, 'the evidence of the achievement', 'evidence_required');
    const indicatorValues = data.indicatorValues ?? [];
    assertIndicatorIndexesExist(objective, indicatorValues);
    return [
      {
        type: 'ConsuntivoRecorded',
        data: {
          planId,
          centroId: centro.centroId,
          objectiveId: objective.objectiveId,
          achievementPct: data.achievementPct,
          evidence: data.evidence,
          indicatorValues,
        },
      },
    ];
  },

  ValidateConsuntivo: ({ planId, data }, plan, { now }) => {
    assertNucleoDocumentDated(data.verbale, now, 'the verbale of the Nucleo');
    assertEveryConsuntivoRecorded(plan);
    const adjustments = data.adjustments ?? [];
    assertAdjustmentsValid(plan, adjustments);
    return [{ type: 'ConsuntivoValidated', data: { planId, verbale: data.verbale, results: validationResults(plan, adjustments) } }];
  },
};

function assertIndicatorIndexesExist(objective: Objective, values: NonNullable<RecordConsuntivo['data']['indicatorValues']>): void {
  const unknown = values.find((v) => !Number.isInteger(v.indicator) || v.indicator < 0 || v.indicator >= objective.indicators.length);
  if (unknown) {
    throw new RuleViolationError(
      `objective "${objective.title}" has no indicator number ${unknown.indicator} (it has ${objective.indicators.length})`,
      'indicator_index_unknown',
    );
  }
}

function assertEveryConsuntivoRecorded(plan: Plan): void {
  const missing = plan.centri.flatMap((centro) =>
    activeObjectives(centro)
      .filter((o) => !o.consuntivo)
      .map((o) => `"${o.title}" (${centro.code})`),
  );
  if (missing.length > 0) {
    throw new RuleViolationError(`the consuntivo is missing for ${missing.join(', ')}`, 'consuntivo_missing');
  }
}

/** The Nucleo may correct an achievement, but only by saying why. */
function assertAdjustmentsValid(plan: Plan, adjustments: NucleoAdjustment[]): void {
  const seen = new Set<string>();
  for (const adjustment of adjustments) {
    const { objective } = requireObjective(plan, adjustment.objectiveId);
    assertObjectiveActive(objective);
    if (seen.has(adjustment.objectiveId)) {
      throw new RuleViolationError(`objective "${objective.title}" is adjusted twice`, 'adjustment_duplicated');
    }
    seen.add(adjustment.objectiveId);
    assertPercentage(adjustment.achievementPct, `the adjusted achievement of "${objective.title}"`, 'achievement_out_of_range');
    if (typeof adjustment.reason !== 'string' || adjustment.reason.trim() === '') {
      throw new RuleViolationError(`the adjustment of "${objective.title}" needs a written reason`, 'adjustment_needs_reason');
    }
  }
}

function validationResults(plan: Plan, adjustments: NucleoAdjustment[]): ValidationResult[] {
  const adjustmentOf = new Map(adjustments.map((a) => [a.objectiveId, a]));
  return plan.centri.flatMap((centro) =>
    activeObjectives(centro).map((objective) => {
      const recordedPct = objective.consuntivo!.achievementPct;
      const adjustment = adjustmentOf.get(objective.objectiveId);
      const validatedPct = adjustment?.achievementPct ?? recordedPct;
      return {
        objectiveId: objective.objectiveId,
        centroId: centro.centroId,
        recordedPct,
        validatedPct,
        ...(adjustment && validatedPct !== recordedPct ? { reason: adjustment.reason } : {}),
      };
    }),
  );
}
