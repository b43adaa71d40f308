import type { Delibera, Ente, NucleoWarning, PlanStatus } from '@ciclo/domain';
import type { ChainVerification, StoredEvent } from '@ciclo/event-store';
import type { HistoryEntry, PlanView } from '@ciclo/projections';
import { italianDateTime, italianDeliberaPurpose } from './italian-format';
import { PlanAuditVerification, PlanChains } from './plan-chains';

/** One event of the plan's chains, as the Nucleo's verbale lists it. */
export interface DossierEvent {
  streamName: string;
  position: number;
  revision: number;
  /** ISO timestamp of the command's clock */
  recordedAt: string;
  /** recordedAt in Italian local time, "09/04/2024 12:00" */
  date: string;
  eventType: string;
  actor: { id: string; role: string };
  commandType?: string;
  commandId: string;
  /** the event's own delibera, else the one in force when it happened (as the plan's history says) */
  delibera?: Delibera;
  /** what the event is about, in Italian: the objective or centro it touched, the delibera it registered */
  subject?: string;
  /** the event's link in its chain; null for an event stored before the chain existed */
  hash: string | null;
}

export interface AuditDossier {
  planId: string;
  /** when the dossier was produced (ISO) */
  generatedAt: string;
  plan: {
    ente: Ente;
    year: number;
    triennio: [number, number];
    status: PlanStatus;
    /** the Giunta's approving delibera */
    approvedBy?: Delibera;
    approvedAt?: string;
  };
  /** every chain intact, as GET .../audit/verify says */
  intact: boolean;
  /** per chain: events, head hash and the first broken link, if any */
  chains: ChainVerification[];
  /** every event of the chains, in global order */
  events: DossierEvent[];
  /** what the Corte dei conti has censured, flagged for the Nucleo (nucleoWarnings) */
  warnings: NucleoWarning[];
}

export interface AuditDossierSources {
  plan: PlanView;
  chains: PlanChains;
  verification: PlanAuditVerification;
  /** the plan's history read model: the delibera in force and the objective or centro of each plan and reminder event */
  history: HistoryEntry[];
  warnings: NucleoWarning[];
  generatedAt: string;
}

/** The dossier from what the store and the read models hold; pure. */
export function buildAuditDossier(sources: AuditDossierSources): AuditDossier {
  const { plan, chains, verification, history } = sources;
  const historyByPosition = new Map(history.map((entry) => [entry.position, entry]));
  const events = chains.chains
    .flatMap((chain) => chain.events)
    .sort((a, b) => a.position - b.position)
    .map((event) => dossierEvent(event, historyByPosition.get(event.position), plan, chains));
  return {
    planId: plan.planId,
    generatedAt: sources.generatedAt,
    plan: {
      ente: plan.ente,
      year: plan.year,
      triennio: plan.triennio,
      status: plan.status,
      ...(plan.approval ? { approvedBy: plan.approval.delibera, approvedAt: plan.approval.approvedAt } : {}),
    },
    intact: verification.intact,
    chains: verification.chains,
    events,
    warnings: sources.warnings,
  };
}

function dossierEvent(event: StoredEvent, entry: HistoryEntry | undefined, plan: PlanView, chains: PlanChains): DossierEvent {
  const { metadata } = event;
  const row: DossierEvent = {
    streamName: event.streamName,
    position: event.position,
    revision: event.revision,
    recordedAt: metadata.recordedAt,
    date: italianDateTime(metadata.recordedAt),
    eventType: event.type,
    actor: { id: metadata.actorId, role: metadata.actorRole },
    commandId: metadata.commandId,
    hash: event.hash ?? null,
  };
  if (typeof metadata.commandType === 'string') row.commandType = metadata.commandType;
  const registered = registeredDelibera(event, chains);
  const delibera = entry?.delibera ?? registered?.delibera;
  if (delibera) row.delibera = delibera;
  const subject = registered ? registered.subject : subjectOf(entry, plan);
  if (subject) row.subject = subject;
  return row;
}

function subjectOf(entry: HistoryEntry | undefined, plan: PlanView): string | undefined {
  const objective = entry?.objectiveId
    ? plan.centri.flatMap((centro) => centro.objectives).find((o) => o.objectiveId === entry.objectiveId)
    : undefined;
  if (objective) return `Obiettivo «${objective.title}»`;
  const centro = entry?.centroId ? plan.centri.find((c) => c.centroId === entry.centroId) : undefined;
  return centro ? `Centro ${centro.code} «${centro.name}»` : undefined;
}

interface RegistryData {
  organo: Delibera['organo'];
  numero: number;
  year: number;
  data?: string;
  planId: string;
  purpose?: string;
}

/**
 * An event of the ente's register of delibere: the delibera it registered or released (a release
 * carries no date: it comes from the registration it undoes) and what for.
 */
function registeredDelibera(event: StoredEvent, chains: PlanChains): { delibera?: Delibera; subject: string } | undefined {
  if (event.type !== 'DeliberaRegistered' && event.type !== 'DeliberaReleased') return undefined;
  const data = event.data as RegistryData;
  const registration = chains.chains
    .find((chain) => chain.streamName === event.streamName)
    ?.events.filter((e) => {
      const other = e.data as RegistryData;
      const sameKey = other.organo === data.organo && other.numero === data.numero && other.year === data.year;
      return e.type === 'DeliberaRegistered' && sameKey && e.position < event.position;
    })
    .pop();
  const date = data.data ?? (registration?.data as RegistryData | undefined)?.data;
  const forPlan = data.planId === chains.planId ? 'questo piano' : `il piano ${data.planId}`;
  const verb = event.type === 'DeliberaRegistered' ? 'registrata' : 'liberata';
  return {
    ...(date ? { delibera: { organo: data.organo, numero: data.numero, data: date } } : {}),
    subject: `Delibera ${verb} per ${forPlan}${data.purpose ? `: ${italianDeliberaPurpose(data.purpose)}` : ''}`,
  };
}
