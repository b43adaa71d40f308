import { approvedPlanEvents, OBJECTIVES, PLAN_ID, TOGNI } from '../testing/plan-fixtures';
import { composeReminderMessage } from './reminder-message';
import { foldCalendar } from './testing/calendar-fixtures';

const pds = () => foldCalendar(approvedPlanEvents())!.deadlines.get(`${PLAN_ID}/objective/${OBJECTIVES.istruzione}`)!;
const link = `https://ciclo.example/api/plans/${PLAN_ID}`;

describe('the reminder message', () => {
  it('tells the owner, in Italian, the plan, the objective, the due date and where to read more', () => {
    const { subject, text } = composeReminderMessage({ deadline: pds(), audience: 'owners', recipient: TOGNI, today: '2024-10-01', link });
    expect(subject).toBe('Promemoria: Obiettivo «Istruzione» — scadenza 31/10/2024 (tra 30 giorni)');
    expect(text).toContain('Gentile Roberto Togni,');
    expect(text).toContain('le ricordiamo la scadenza seguente, fissata al 31/10/2024 (tra 30 giorni).');
    expect(text).toContain('Ente: Comune di Levate');
    expect(text).toContain('Piano: Piano della Performance 2024');
    expect(text).toContain('Da rispettare entro: giovedì 31 ottobre 2024 (31/10/2024)');
    expect(text).toContain('Descrizione: Delibera di Consiglio di approvazione del PDS');
    expect(text).toContain(`Dettagli del piano: ${link}`);
  });

  it('says tomorrow and today in words', () => {
    const message = (today: string) => composeReminderMessage({ deadline: pds(), audience: 'owners', recipient: TOGNI, today, link }).subject;
    expect(message('2024-10-30')).toMatch(/\(domani\)$/);
    expect(message('2024-10-31')).toMatch(/\(oggi\)$/);
  });

  it('tells the Segretario that the deadline was missed and how long ago', () => {
    const segretario = { id: 'segretario.levate', name: 'Segretario Comunale di Levate' };
    const { subject, text } = composeReminderMessage({ deadline: pds(), audience: 'escalation', recipient: segretario, today: '2024-11-08', link });
    expect(subject).toBe('Scadenza non rispettata: Obiettivo «Istruzione» — scaduta il 31/10/2024');
    expect(text).toContain('Gentile Segretario Comunale di Levate,');
    expect(text).toContain('era fissata al 31/10/2024 ed è scaduta da 8 giorni');
    expect(text).toContain('Responsabile: Roberto Togni');
  });

  it('shows how the deadline was moved', () => {
    const moved = { ...pds(), dueDate: '2024-11-15', moves: [{ from: '2024-10-31', to: '2024-11-15', reason: 'Consiglio convocato a novembre', eventId: 'e' }] };
    const { text } = composeReminderMessage({ deadline: moved, audience: 'owners', recipient: TOGNI, today: '2024-10-16', link });
    expect(text).toContain('Scadenza spostata: dal 31/10/2024 al 15/11/2024 (Consiglio convocato a novembre)');
  });
});
