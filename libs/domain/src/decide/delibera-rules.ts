import { RuleViolationError } from '../errors/domain-errors';
import { describeDelibera, sameDelibera } from '../delibera-registry/delibera-identity';
import { Plan } from '../plan/plan-state';
import { Delibera, NucleoDocument, ORGANI } from '../values/delibera';
import { datePartOf, isIsoDate } from './dates';
import { isPositiveInteger } from './text-rules';

/**
 * Rules shared by every step the Giunta takes by delibera. Reuse across plans of the ente is
 * checked by the delibera registry; this checks the act itself and reuse inside this plan.
 */
export function assertDeliberaUsable(plan: Plan, delibera: Delibera, now: string): void {
  if (!ORGANI.includes(delibera.organo)) {
    throw new RuleViolationError(`delibera organo must be one of ${ORGANI.join(', ')}`, 'delibera_organo_invalid');
  }
  if (!isPositiveInteger(delibera.numero)) {
    throw new RuleViolationError(`delibera numero must be a positive integer, got ${delibera.numero}`, 'delibera_numero_invalid');
  }
  assertDateNotInFuture(delibera.data, now, 'the delibera', 'delibera');
  if (delibereUsedIn(plan).some((used) => sameDelibera(used, delibera))) {
    throw new RuleViolationError(
      `delibera ${describeDelibera(delibera)} is already used in plan ${plan.planId}`,
      'delibera_already_used',
    );
  }
}

export function assertRelazioneDeliberaByGiunta(delibera: Delibera): void {
  if (delibera.organo !== 'giunta') {
    throw new RuleViolationError(
      `the Relazione sulla Performance is approved by the Giunta, not by the ${delibera.organo}`,
      'relazione_needs_giunta',
    );
  }
}

export function assertNucleoDocumentDated(document: NucleoDocument, now: string, what: string): void {
  assertDateNotInFuture(document.data, now, what, 'nucleo_document');
}

/** Rule codes: `<prefix>_date_invalid`, `<prefix>_in_future`. */
function assertDateNotInFuture(date: string, now: string, what: string, rulePrefix: string): void {
  if (!isIsoDate(date)) {
    throw new RuleViolationError(`the date of ${what} must be a valid YYYY-MM-DD date, got "${date}"`, `${rulePrefix}_date_invalid`);
  }
  const today = datePartOf(now);
  if (date > today) {
    throw new RuleViolationError(`the date of ${what} (${date}) is after today (${today})`, `${rulePrefix}_in_future`);
  }
}

function delibereUsedIn(plan: Plan): Delibera[] {
  const relazione = plan.relazione;
  return [
    plan.approval?.delibera,
    ...plan.variations.map((v) => v.delibera),
    relazione?.approval?.delibera,
    ...(relazione?.refusals ?? []).map((r) => r.delibera),
    plan.budgetApproval?.delibera,
    ...plan.centri.flatMap((centro) => centro.objectives.map((objective) => objective.milestone?.act)),
  ].filter((d): d is Delibera => d !== undefined);
}
