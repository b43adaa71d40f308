import { PlanEvent } from '../events/plan-events';
import { foldPlan } from '../testing/given-when-then';
import { approvedPlanEvents, DELIBERA_BILANCIO, DELIBERA_PDS, OBJECTIVES, PLAN_ID, SERVIZIO } from '../testing/plan-fixtures';
import { planToDocument } from './plan-to-document';

describe('the exported lifecycle and the deadlines', () => {
  const events: PlanEvent[] = [
    ...approvedPlanEvents(),
    { type: 'BudgetApprovalRecorded', data: { planId: PLAN_ID, delibera: DELIBERA_BILANCIO } },
    {
      type: 'ObjectiveDeadlineMoved',
      data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, objectiveId: OBJECTIVES.istruzione, deadline: '2024-11-15', previousDeadline: '2024-10-31', reason: 'x' },
    },
    { type: 'ObjectiveMilestoneMet', data: { planId: PLAN_ID, centroId: SERVIZIO.centroId, objectiveId: OBJECTIVES.istruzione, act: DELIBERA_PDS } },
  ];
  const document = planToDocument(foldPlan(events)!);

  it('carries the budget approval and the act that met a milestone', () => {
    expect(document.lifecycle?.budgetApproval).toEqual({ delibera: DELIBERA_BILANCIO, recordedAt: '2024-01-15T09:00:00.000Z' });
    const istruzione = document.lifecycle?.objectives.find((o) => o.objectiveId === OBJECTIVES.istruzione);
    expect(istruzione?.milestone).toEqual({ act: DELIBERA_PDS, recordedAt: '2024-01-15T09:00:00.000Z' });
  });

  it('writes the moved deadline as the objective now has it', () => {
    const istruzione = document.centri.flatMap((c) => c.objectives).find((o) => o.title === 'Istruzione');
    expect(istruzione?.deadline).toBe('2024-11-15');
  });

  it('leaves both out when there are none', () => {
    const plain = planToDocument(foldPlan(approvedPlanEvents())!);
    expect('budgetApproval' in plain.lifecycle!).toBe(false);
    expect(plain.lifecycle!.objectives.every((o) => !('milestone' in o))).toBe(true);
  });
});
