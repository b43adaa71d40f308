import type { Delibera, Organo, PlanStatus } from '@ciclo/domain';
import type { BrokenLinkReason, ChainVerification } from '@ciclo/event-store';

/** The comuni keep their acts in Italian local time: a verbale reads 09/04/2024 12:00, not UTC. */
const ROME = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO timestamp as "09/04/2024 12:00" (Europe/Rome); the input itself when it is not a date. */
export function italianDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part = Object.fromEntries(ROME.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}

/** An ISO calendar date (YYYY-MM-DD) as "09/04/2024". */
export function italianDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}

/** "of the Giunta" / "of the Consiglio", with the article Italian wants for each */
const OF_ORGANO: Record<Organo, string> = { giunta: 'della Giunta Comunale', consiglio: 'del Consiglio Comunale' };

/** "Delibera della Giunta Comunale n. 28 del 09/04/2024" */
export function italianDelibera(delibera: Delibera): string {
  const organo = OF_ORGANO[delibera.organo] ?? `(${delibera.organo})`;
  return `Delibera ${organo} n. ${delibera.numero} del ${italianDate(delibera.data)}`;
}

/** What a registered delibera was used for, as the register stores it (English), in Italian; unknown text as it is. */
export function italianDeliberaPurpose(purpose: string): string {
  const translations: [RegExp, string][] = [
    [/^approval of the plan$/, 'approvazione del piano'],
    [/^approval of variation (.+)$/, 'approvazione della variazione $1'],
    [/^approval of the Relazione sulla Performance$/, 'approvazione della Relazione sulla Performance'],
    [/^milestone of objective (.+)$/, 'traguardo dell’obiettivo $1'],
    [/^approval of the budget$/, 'approvazione del bilancio'],
  ];
  const match = translations.find(([pattern]) => pattern.test(purpose));
  return match ? purpose.replace(match[0], match[1]) : purpose;
}

export const BROKEN_LINK_REASONS: Record<BrokenLinkReason, string> = {
  content_changed: 'contenuto modificato',
  chain_link_broken: 'collegamento con l’evento precedente interrotto',
  hash_missing: 'hash mancante',
  revision_gap: 'revisione mancante nella sequenza',
};

/**
 * One line per chain, e.g. "Catena plan-…: 42 eventi, integra, hash di testa 3fa2…" or
 * "Catena plan-…: 42 eventi, ROTTA alla revisione 7 (posizione 31, ObjectiveDrafted): contenuto modificato".
 */
export function italianChainSummary(chain: ChainVerification): string {
  const count = `${chain.events} ${chain.events === 1 ? 'evento' : 'eventi'}`;
  const broken = chain.firstBrokenLink;
  if (!broken) {
    return `Catena ${chain.streamName}: ${count}, integra${chain.headHash ? `, hash di testa ${chain.headHash}` : ''}`;
  }
  return (
    `Catena ${chain.streamName}: ${count}, ROTTA alla revisione ${broken.revision} ` +
    `(posizione ${broken.position}, ${broken.type}): ${BROKEN_LINK_REASONS[broken.reason]}`
  );
}

const PLAN_STATUSES: Record<PlanStatus, string> = {
  drafting: 'in redazione',
  proposed: 'proposto alla Giunta',
  approved: 'approvato',
  consuntivo: 'consuntivo in corso',
  consuntivo_validated: 'consuntivo validato dal Nucleo',
  relazione_approved: 'Relazione sulla Performance approvata',
  closed: 'chiuso',
};

export function italianPlanStatus(status: PlanStatus): string {
  return PLAN_STATUSES[status] ?? status;
}

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
