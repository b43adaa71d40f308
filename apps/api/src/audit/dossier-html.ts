import type { NucleoWarning } from '@ciclo/domain';
import type { ChainVerification } from '@ciclo/event-store';
import { AuditDossier, DossierEvent } from './audit-dossier';
import { BROKEN_LINK_REASONS, escapeHtml as e, italianDateTime, italianDelibera, italianPlanStatus } from './italian-format';

/** Inline, so that the page is one self-contained file that prints as it shows. */
const STYLE = `
  body { font: 11pt/1.4 Georgia, 'Times New Roman', serif; color: #111; margin: 2em auto; max-width: 80em; padding: 0 1em; }
  h1 { font-size: 16pt; margin-bottom: 0.2em; } h2 { font-size: 13pt; margin-top: 1.6em; border-bottom: 1px solid #999; }
  table { border-collapse: collapse; width: 100%; font-size: 9pt; } th, td { border: 1px solid #bbb; padding: 3px 5px; text-align: left; vertical-align: top; }
  th { background: #eee; } .hash { font-family: 'Courier New', monospace; font-size: 8pt; word-break: break-all; }
  .integra { color: #1a5e20; font-weight: bold; } .rotta, tr.rotta td { color: #a00000; font-weight: bold; } tr.rotta td { background: #fde8e8; }
  .alta { color: #a00000; } dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; } dt { font-weight: bold; }
  @page { size: A4 landscape; margin: 12mm; } @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }`;

/** The dossier as an Italian HTML page for the Nucleo's verbale: no script, no external asset, every value escaped. */
export function renderDossierHtml(dossier: AuditDossier): string {
  const { plan } = dossier;
  const title = `Dossier di audit — Piano della performance ${plan.year}, ${plan.ente.name}`;
  return `<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(title)}</h1>
<p>Documento per il verbale del Nucleo di Valutazione, prodotto il ${e(italianDateTime(dossier.generatedAt))}.</p>
<h2>Piano</h2>
<dl>
  <dt>Ente</dt><dd>${e(plan.ente.name)} (${e(plan.ente.provincia)}), codice ${e(plan.ente.code)}</dd>
  <dt>Anno</dt><dd>${e(plan.year)} (triennio ${e(plan.triennio[0])}–${e(plan.triennio[1])})</dd>
  <dt>Stato</dt><dd>${e(italianPlanStatus(plan.status))}</dd>
  <dt>Approvazione</dt><dd>${plan.approvedBy ? `${e(italianDelibera(plan.approvedBy))}` : 'non ancora approvato'}</dd>
  <dt>Identificativo</dt><dd class="hash">${e(dossier.planId)}</dd>
</dl>
<h2>Verifica dell’integrità</h2>
<p class="${dossier.intact ? 'integra' : 'rotta'}">${
    dossier.intact
      ? 'Tutte le catene sono integre: nessun evento è stato alterato dopo la registrazione.'
      : 'ATTENZIONE: almeno una catena è rotta. La storia registrata è stata alterata dopo la scrittura.'
  }</p>
${chainsTable(dossier.chains)}
<p>Ogni evento porta l’hash SHA-256 del proprio contenuto concatenato all’hash dell’evento precedente della stessa catena.
Riportare nel verbale gli hash di testa: una verifica successiva che ritrovi gli stessi hash di testa prova che la storia fino a quel punto non è cambiata.</p>
<h2>Avvertenze per il Nucleo di Valutazione</h2>
${warningsSection(dossier.warnings)}
<h2>Eventi (${e(dossier.events.length)})</h2>
${eventsTable(dossier.events, dossier.chains)}
</body>
</html>
`;
}

function chainsTable(chains: ChainVerification[]): string {
  const rows = chains.map((chain) => {
    const broken = chain.firstBrokenLink;
    const outcome = broken
      ? `<span class="rotta">ROTTA alla revisione ${e(broken.revision)} (posizione ${e(broken.position)}, ${e(broken.type)}): ${e(BROKEN_LINK_REASONS[broken.reason])}</span>`
      : '<span class="integra">integra</span>';
    return `<tr><td>${e(chain.streamName)}</td><td>${e(chain.events)}</td><td>${outcome}</td><td class="hash">${e(chain.headHash ?? '—')}</td></tr>`;
  });
  return `<table>
<thead><tr><th>Catena</th><th>Eventi</th><th>Esito</th><th>Hash di testa</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function warningsSection(warnings: NucleoWarning[]): string {
  if (warnings.length === 0) return '<p>Nessuna avvertenza.</p>';
  const items = warnings.map(
    (warning) => `<li class="${warning.severity === 'high' ? 'alta' : 'media'}"><strong>${warning.severity === 'high' ? 'Grave' : 'Da verificare'}:</strong> ${e(warning.message)}</li>`,
  );
  return `<ul>\n${items.join('\n')}\n</ul>`;
}

function eventsTable(events: DossierEvent[], chains: ChainVerification[]): string {
  const brokenPositions = new Set(chains.flatMap((chain) => (chain.firstBrokenLink ? [chain.firstBrokenLink.position] : [])));
  const rows = events.map((event) => {
    const cells = [
      e(event.position),
      e(event.streamName),
      e(event.revision),
      e(event.date),
      e(event.eventType),
      e(event.actor.id),
      e(event.actor.role),
      e(event.commandType ?? event.commandId),
      e(event.subject ?? ''),
      e(event.delibera ? italianDelibera(event.delibera) : ''),
    ].map((cell) => `<td>${cell}</td>`);
    const rowClass = brokenPositions.has(event.position) ? ' class="rotta"' : '';
    return `<tr${rowClass}>${cells.join('')}<td class="hash">${e(event.hash ?? 'mancante')}</td></tr>`;
  });
  return `<table>
<thead><tr><th>Pos.</th><th>Catena</th><th>Rev.</th><th>Data e ora</th><th>Evento</th><th>Attore</th><th>Ruolo</th><th>Comando</th><th>Oggetto</th><th>Delibera</th><th>Hash</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}
