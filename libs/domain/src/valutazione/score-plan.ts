import { Centro, Plan } from '../plan/plan-state';
import { roundToCent } from '../plan/points-awarded';
import { CentroScore, ObjectiveScore, PlanScore, ScoreTotals, SettoreScore } from './plan-score';
import { scoreObjective } from './score-objective';
import { describeScoringRule } from './scoring-rule';
import { headOf, settoriOf } from './settori';
import { ScoringRule, SmvpRules, smvpRulesFor } from './smvp-rules';

/**
 * The plan's score under the SMVP of its ente: per objective, per centro, per settore and in
 * total. Withdrawn objectives carry no points; centri without objectives only group others.
 */
export function scorePlan(plan: Plan, rules: SmvpRules): PlanScore {
  const applied = smvpRulesFor(rules, plan.ente.code);
  const byCode = new Map(plan.centri.map((centro) => [centro.code, centro]));
  const centri = plan.centri
    .map((centro) => scoreCentro(centro, plan, applied.scoring, headOf(centro, byCode).code))
    .filter((centro) => centro.objectives > 0);
  const settori = settoriOf(plan.centri)
    .map(({ head, members }) => settoreScore(head, members, centri))
    .filter((settore) => settore.objectives > 0);
  const total = totals(centri.flatMap((centro) => centro.objectiveScores));
  return {
    planId: plan.planId,
    ente: { code: plan.ente.code, name: plan.ente.name },
    year: plan.year,
    planStatus: plan.status,
    complete: total.objectives > 0 && total.validatedObjectives === total.objectives,
    rules: {
      enteCode: applied.enteCode,
      origin: applied.origin,
      scoring: applied.scoring,
      description: describeScoringRule(applied.scoring),
      ...(applied.adoptedBy !== undefined ? { adoptedBy: applied.adoptedBy } : {}),
    },
    ...total,
    settori,
    centri,
  };
}

function scoreCentro(centro: Centro, plan: Plan, rule: ScoringRule, settoreCode: string): CentroScore {
  const objectiveScores = centro.objectives.filter((o) => o.status === 'active').map((o) => scoreObjective(o, plan, rule));
  return {
    centroId: centro.centroId,
    code: centro.code,
    name: centro.name,
    kind: centro.kind,
    ...(centro.parentCode !== undefined ? { parentCode: centro.parentCode } : {}),
    responsabile: { id: centro.responsabile.id, name: centro.responsabile.name },
    settoreCode,
    ...totals(objectiveScores),
    objectiveScores,
  };
}

function settoreScore(head: Centro, members: Centro[], scored: CentroScore[]): SettoreScore {
  const codes = members.map((m) => m.code);
  const objectives = scored.filter((c) => codes.includes(c.code)).flatMap((c) => c.objectiveScores);
  return { code: head.code, name: head.name, centroId: head.centroId, centri: codes, ...totals(objectives) };
}

/** Sums of points already rounded to the cent, rounded again so that 0.1 + 0.2 stays 0.3. */
function totals(objectives: ObjectiveScore[]): ScoreTotals {
  const awarded = roundToCent(objectives.reduce((sum, o) => sum + (o.pointsAwarded ?? 0), 0));
  const maximum = roundToCent(objectives.reduce((sum, o) => sum + o.points, 0));
  return {
    awarded,
    maximum,
    pct: maximum > 0 ? roundToCent((awarded / maximum) * 100) : null,
    objectives: objectives.length,
    validatedObjectives: objectives.filter((o) => o.status === 'validated').length,
  };
}
