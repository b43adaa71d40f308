import { addDays, dateInYear, daysBetween, italianDate } from '../deadlines/calendar-dates';
import { Plan } from '../plan/plan-state';
import { italianDays } from './italian-number';
import { NucleoWarning } from './nucleo-warning';
import { WarningLimits } from './smvp-rules';

/**
 * The PIAO's statutory deadline: the day of the plan year (31 January), or so many days after the
 * Consiglio approved the budget when that falls later, as a deferred budget moves the term.
 * Same terms as the "piao" rule of config/deadline-rules.json, but an early budget never brings
 * the deadline before 31 January here: the law defers the term, it does not shorten it.
 */
export function approvalDeadline(plan: Plan, limits: WarningLimits): { date: string; basis: 'year' | 'budget' } {
  const { month, day, afterBudgetApprovalDays } = limits.approvalDeadline;
  const ofYear = dateInYear(plan.year, month, day);
  const budget = plan.budgetApproval?.delibera.data;
  const afterBudget = budget === undefined ? undefined : addDays(budget, afterBudgetApprovalDays);
  return afterBudget !== undefined && afterBudget > ofYear ? { date: afterBudget, basis: 'budget' } : { date: ofYear, basis: 'year' };
}

/** The last day that is not yet "more than `months` months into the year": 31/03 for 3. */
export function monthsIntoYearLimit(year: number, months: number): string {
  return addDays(dateInYear(year + Math.floor(months / 12), (months % 12) + 1, 1), -1);
}

/** The objectives the Giunta approved late: after the statutory deadline, or months into the year. */
export function approvalWarnings(plan: Plan, limits: WarningLimits): NucleoWarning[] {
  if (!plan.approval) return [];
  const { delibera } = plan.approval;
  const approvedOn = delibera.data;
  const act = `Delibera di Giunta n. ${delibera.numero} del ${italianDate(approvedOn)}`;
  const warnings: NucleoWarning[] = [];

  const deadline = approvalDeadline(plan, limits);
  if (approvedOn > deadline.date) {
    const daysLate = daysBetween(deadline.date, approvedOn);
    const term =
      deadline.basis === 'budget'
        ? `${limits.approvalDeadline.afterBudgetApprovalDays} giorni dall'approvazione del bilancio`
        : `termine ordinario dell'anno ${plan.year}`;
    warnings.push({
      code: 'approved_after_deadline',
      severity: 'high',
      message:
        `Piano e obiettivi approvati con ${act}, ${italianDays(daysLate)} dopo il termine del ${italianDate(deadline.date)} ` +
        `per l'approvazione del PIAO (${term}).`,
      facts: {
        approvalDate: approvedOn,
        deliberaNumero: delibera.numero,
        deadline: deadline.date,
        deadlineBasis: deadline.basis,
        budgetApprovalDate: plan.budgetApproval?.delibera.data ?? null,
        daysLate,
      },
    });
  }

  const months = limits.approvalMonthsIntoYear;
  const limit = monthsIntoYearLimit(plan.year, months);
  if (approvedOn > limit) {
    warnings.push({
      code: 'approved_months_into_year',
      severity: 'medium',
      message:
        `Obiettivi assegnati con ${act}, a oltre ${months} mesi dall'inizio dell'anno ${plan.year} (dopo il ${italianDate(limit)}): ` +
        `la Corte dei conti ritiene inidonei a orientare la performance obiettivi fissati a esercizio inoltrato.`,
      facts: {
        approvalDate: approvedOn,
        deliberaNumero: delibera.numero,
        monthsLimit: months,
        limitDate: limit,
        daysIntoYear: daysBetween(dateInYear(plan.year, 1, 1), approvedOn),
      },
    });
  }
  return warnings;
}
