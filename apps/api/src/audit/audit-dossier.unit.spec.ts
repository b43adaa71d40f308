import type { StoredEvent } from '@ciclo/event-store';
import type { HistoryEntry, PlanView } from '@ciclo/projections';
import { buildAuditDossier } from './audit-dossier';
import { PlanChains, verifyPlanChains } from './plan-chains';

const PLAN_ID = '11111111-1111-4111-8111-111111111111';
const DELIBERA_28 = { organo: 'giunta' as const, numero: 28, data: '2024-04-09' };

const PLAN = {
  planId: PLAN_ID,
  ente: { code: 'levate', name: 'Comune di Levate', provincia: 'BG' },
  year: 2024,
  triennio: [2024, 2026],
  status: 'drafting',
  centri: [{ centroId: 'c1', code: 'SAG', name: 'Servizio Affari Generali', objectives: [{ objectiveId: 'o1', title: 'Pagamenti' }] }],
  variations: [],
  revision: 2,
  position: 9,
  updatedAt: '2024-04-10T09:00:00.000Z',
} as unknown as PlanView;

function stored(streamName: string, revision: number, position: number, type: string, data: unknown, hash?: string): StoredEvent {
  const event: StoredEvent = {
    id: `event-${position}`,
    type,
    schemaVersion: 1,
    data,
    metadata: {
      actorId: 'sindaco.levate',
      actorRole: 'giunta',
      commandId: `command-${position}`,
      correlationId: 'c',
      causationId: 'c',
      recordedAt: '2024-01-15T08:30:00.000Z',
      commandType: 'Something',
    },
    streamName,
    revision,
    position,
  };
  if (hash) event.hash = hash;
  return event;
}

const registry = (planId: string, extra: object = {}) => ({ organo: 'giunta', numero: 28, year: 2024, enteCode: 'levate', planId, ...extra });

describe('buildAuditDossier', () => {
  const chains: PlanChains = {
    planId: PLAN_ID,
    enteCode: 'levate',
    chains: [
      {
        streamName: `plan-${PLAN_ID}`,
        events: [
          stored(`plan-${PLAN_ID}`, 0, 1, 'PlanCreated', { ente: PLAN.ente }, 'a'.repeat(64)),
          stored(`plan-${PLAN_ID}`, 1, 5, 'ObjectiveDrafted', { objectiveId: 'o1' }),
        ],
      },
      { streamName: `reminders-${PLAN_ID}`, events: [] },
      {
        streamName: 'delibere-levate',
        events: [
          stored('delibere-levate', 0, 2, 'DeliberaRegistered', registry('other-plan', { data: '2024-04-09', purpose: 'approval of the plan' })),
          stored('delibere-levate', 1, 3, 'DeliberaReleased', registry('other-plan')),
        ],
      },
    ],
  };
  const history = [{ position: 5, objectiveId: 'o1', delibera: DELIBERA_28 } as HistoryEntry];
  const dossier = buildAuditDossier({
    plan: PLAN,
    chains,
    verification: verifyPlanChains(chains),
    history,
    warnings: [],
    generatedAt: '2024-04-10T09:00:00.000Z',
  });

  it('lists the events of every chain in global order, with Italian dates and missing hashes as null', () => {
    expect(dossier.events.map((e) => e.position)).toEqual([1, 2, 3, 5]);
    expect(dossier.events.map((e) => e.date)).toEqual(Array(4).fill('15/01/2024 09:30'));
    expect(dossier.events.map((e) => e.hash)).toEqual(['a'.repeat(64), null, null, null]);
    expect(dossier.events[0]).toMatchObject({ actor: { id: 'sindaco.levate', role: 'giunta' }, commandType: 'Something', commandId: 'command-1' });
    expect(dossier.intact).toBe(false);
    expect(dossier.warnings).toEqual([]);
  });

  it('takes the delibera in force and the objective from the history, by position', () => {
    expect(dossier.events[3]).toMatchObject({ delibera: DELIBERA_28, subject: 'Obiettivo «Pagamenti»' });
    expect(dossier.events[0]).not.toHaveProperty('delibera');
  });

  it("names another plan's delibera, and dates a release by the registration it undoes", () => {
    expect(dossier.events[1]).toMatchObject({
      delibera: DELIBERA_28,
      subject: 'Delibera registrata per il piano other-plan: approvazione del piano',
    });
    expect(dossier.events[2]).toMatchObject({ delibera: DELIBERA_28, subject: 'Delibera liberata per il piano other-plan' });
  });
});
