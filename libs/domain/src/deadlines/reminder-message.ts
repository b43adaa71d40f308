import { daysBetween, italianDate } from './calendar-dates';
import { Deadline, DeadlinePerson } from './deadline';
import { ReminderAudience } from './reminder-schedule';

export interface ReminderMessageInput {
  deadline: Deadline;
  audience: ReminderAudience;
  recipient: DeadlinePerson;
  /** the day the message goes out, YYYY-MM-DD in the rules' time zone */
  today: string;
  /** where the recipient reads the plan */
  link: string;
}

export interface ReminderMessage {
  subject: string;
  text: string;
}

const LONG_DATE = new Intl.DateTimeFormat('it-IT', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** "giovedì 31 ottobre 2024 (31/10/2024)" */
function italianLongDate(date: string): string {
  return `${LONG_DATE.format(new Date(`${date}T00:00:00Z`))} (${italianDate(date)})`;
}

function whenDue(days: number): string {
  if (days > 1) return `tra ${days} giorni`;
  if (days === 1) return 'domani';
  if (days === 0) return 'oggi';
  return days === -1 ? 'scaduta ieri' : `scaduta da ${-days} giorni`;
}

/** The reminder e-mail (and inbox message), in Italian. */
export function composeReminderMessage({ deadline, audience, recipient, today, link }: ReminderMessageInput): ReminderMessage {
  const days = daysBetween(today, deadline.dueDate);
  const due = italianDate(deadline.dueDate);
  const subject =
    audience === 'escalation'
      ? `Scadenza non rispettata: ${deadline.title} — scaduta il ${due}`
      : `Promemoria: ${deadline.title} — scadenza ${due} (${whenDue(days)})`;
  const opening =
    audience === 'escalation'
      ? `la scadenza seguente non è stata rispettata: era fissata al ${due} ed è ${whenDue(days)}. ` +
        'Gliela segnaliamo in quanto Segretario Comunale, che coordina il ciclo della performance.'
      : `le ricordiamo la scadenza seguente, fissata al ${due} (${whenDue(days)}).`;
  const lines = [
    `Gentile ${recipient.name},`,
    '',
    opening,
    '',
    `Ente: ${deadline.ente.name}`,
    `Piano: Piano della Performance ${deadline.planYear}`,
    `Scadenza: ${deadline.title}`,
    ...(deadline.description ? [`Descrizione: ${deadline.description}`] : []),
    `Da rispettare entro: ${italianLongDate(deadline.dueDate)}`,
    `Responsabile: ${deadline.owners.map((owner) => owner.name).join(', ') || 'non indicato'}`,
    ...(deadline.moves.length > 0 ? [`Scadenza spostata: ${deadline.moves.map((m) => `dal ${italianDate(m.from)} al ${italianDate(m.to)} (${m.reason})`).join('; ')}`] : []),
    '',
    `Dettagli del piano: ${link}`,
    '',
    '--',
    'Messaggio inviato automaticamente da Ciclo, il sistema del ciclo della performance.',
  ];
  return { subject, text: lines.join('\n') };
}
