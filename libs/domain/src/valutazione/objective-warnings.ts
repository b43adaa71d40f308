import { dateInYear, daysBetween, italianDate, localDateOf } from '../deadlines/calendar-dates';
import { Centro, Objective, Plan } from '../plan/plan-state';
import { italianDays } from './italian-number';
import { NucleoWarning } from './nucleo-warning';
import { WarningLimits } from './smvp-rules';

/** The comuni are all in Italy: the day a consuntivo was recorded is the day in Rome. */
const COMUNE_TIME_ZONE = 'Europe/Rome';

/** Objectives whose achievement cannot be measured, and consuntivi written long after the year. */
export function objectiveWarnings(plan: Plan, limits: WarningLimits): NucleoWarning[] {
  const recordedBy = limits.consuntivoRecordedBy;
  const limitDate = dateInYear(plan.year + recordedBy.yearOffset, recordedBy.month, recordedBy.day);
  return plan.centri.flatMap((centro) =>
    centro.objectives
      .filter((objective) => objective.status === 'active')
      .flatMap((objective) => [...withoutTarget(objective, centro), ...recordedLate(objective, centro, limitDate)]),
  );
}

function withoutTarget(objective: Objective, centro: Centro): NucleoWarning[] {
  const hasTarget = objective.indicators.some((indicator) => (indicator.target ?? '').trim() !== '');
  if (hasTarget) return [];
  const indicators = objective.indicators.length;
  return [
    {
      code: 'objective_without_target',
      severity: 'medium',
      message:
        `L'obiettivo «${objective.title}» (${centro.code}) non ha ${indicators === 0 ? 'indicatori' : 'un indicatore con un valore atteso (target)'}: ` +
        `il grado di raggiungimento non è misurabile.`,
      objectiveId: objective.objectiveId,
      centroId: centro.centroId,
      facts: { title: objective.title, centroCode: centro.code, indicators },
    },
  ];
}

function recordedLate(objective: Objective, centro: Centro, limitDate: string): NucleoWarning[] {
  const consuntivo = objective.consuntivo;
  if (!consuntivo) return [];
  const recordedOn = localDateOf(consuntivo.recordedAt, COMUNE_TIME_ZONE);
  if (recordedOn <= limitDate) return [];
  const daysLate = daysBetween(limitDate, recordedOn);
  return [
    {
      code: 'consuntivo_recorded_late',
      severity: 'medium',
      message:
        `Il consuntivo dell'obiettivo «${objective.title}» (${centro.code}) è stato registrato il ${italianDate(recordedOn)}, ` +
        `${italianDays(daysLate)} dopo il ${italianDate(limitDate)}: una valutazione scritta a distanza dall'anno non ne documenta i risultati.`,
      objectiveId: objective.objectiveId,
      centroId: centro.centroId,
      facts: { recordedAt: consuntivo.recordedAt, recordedOn, actorId: consuntivo.actorId, limitDate, daysLate },
    },
  ];
}
