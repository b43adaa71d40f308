import { planCommand, VARIATION_ID } from '../testing/plan-fixtures';
import { Delibera } from '../values/delibera';
import { deliberaUsedBy } from './delibera-used-by';

const delibera: Delibera = { organo: 'giunta', numero: 28, data: '2024-04-09' };

describe('deliberaUsedBy', () => {
  it('finds the delibera of the plan approval', () => {
    expect(deliberaUsedBy(planCommand('ApprovePlan', { delibera }))).toEqual({ delibera, purpose: 'approval of the plan' });
  });

  it('finds the delibera of a variation, naming the variation', () => {
    expect(deliberaUsedBy(planCommand('ApproveVariation', { variationId: VARIATION_ID, delibera }))).toEqual({
      delibera,
      purpose: `approval of variation ${VARIATION_ID}`,
    });
  });

  it('finds the delibera of the Relazione', () => {
    expect(deliberaUsedBy(planCommand('ApproveRelazione', { delibera }))?.purpose).toMatch(/Relazione/);
  });

  it('finds the act of a milestone and the delibera of the budget: each is cited once per ente', () => {
    const act: Delibera = { organo: 'consiglio', numero: 41, data: '2024-10-24' };
    expect(deliberaUsedBy(planCommand('RecordMilestone', { objectiveId: 'obj-istruzione', act }))).toEqual({
      delibera: act,
      purpose: 'milestone of objective obj-istruzione',
    });
    expect(deliberaUsedBy(planCommand('RecordBudgetApproval', { delibera: act }))).toEqual({
      delibera: act,
      purpose: 'approval of the budget',
    });
  });

  it('finds none in commands that cite no delibera', () => {
    expect(deliberaUsedBy(planCommand('ProposePlan', {}))).toBeUndefined();
    expect(deliberaUsedBy(planCommand('RefuseRelazione', { reason: 'x' }))).toBeUndefined();
    expect(deliberaUsedBy(planCommand('MoveDeadline', { objectiveId: 'obj-istruzione', deadline: '2024-11-15', reason: 'x' }))).toBeUndefined();
  });
});
