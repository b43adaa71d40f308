import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { italianDate } from '@ciclo/domain';
import type { DeadlineView } from '@ciclo/projections';

const STATUS_LABEL: Record<DeadlineView['status'], string> = {
  open: 'aperta',
  met: 'rispettata',
  missed: 'non rispettata',
  cancelled: 'annullata',
};

/**
 * The deadlines of one owner as an iCalendar feed that Outlook and Google Calendar can subscribe
 * to: one all-day event per deadline, its UID the deadline id, so a moved deadline moves the
 * event the client already has instead of adding another.
 */
export function deadlinesCalendar(deadlines: DeadlineView[], owner: string, publicUrl: string): string {
  const ownerName = deadlines.flatMap((d) => d.owners).find((person) => person.id === owner)?.name ?? owner;
  const calendar = ical({
    name: `Scadenze del ciclo della performance — ${ownerName}`,
    description: 'Scadenze del Piano della Performance (Ciclo)',
    prodId: { company: 'Ciclo', product: 'Scadenze', language: 'IT' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  for (const deadline of deadlines) {
    const stamp = deadline.sources[deadline.sources.length - 1]?.recordedAt;
    const link = `${publicUrl}/api/plans/${deadline.planId}`;
    calendar.createEvent({
      id: `${deadline.deadlineId}@ciclo`,
      allDay: true,
      start: new Date(`${deadline.dueDate}T00:00:00Z`),
      summary: `${deadline.title} — ${deadline.ente.name}${deadline.status === 'open' ? '' : ` (${STATUS_LABEL[deadline.status]})`}`,
      description: [
        `Piano della Performance ${deadline.planYear} — ${deadline.ente.name}`,
        ...(deadline.description ? [deadline.description] : []),
        `Entro il ${italianDate(deadline.dueDate)}; stato: ${STATUS_LABEL[deadline.status]}`,
        `Responsabile: ${deadline.owners.map((o) => o.name).join(', ')}`,
        link,
      ].join('\n'),
      url: link,
      status: deadline.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      sequence: deadline.moves.length,
      ...(stamp ? { stamp: new Date(stamp), lastModified: new Date(stamp) } : {}),
      x: { 'X-CICLO-STATUS': deadline.status, 'X-CICLO-DEADLINE-ID': deadline.deadlineId },
    });
  }
  return calendar.toString();
}
