import { AssertionError } from 'node:assert';
import { NotFoundError, OutOfOrderError, RuleViolationError } from '../errors/domain-errors';
import { given } from './given-when-then';
import { draftingPlanEvents, PLAN_ID, planCommand, submittedPlanEvents } from './plan-fixtures';

describe('given/when/then', () => {
  const propose = planCommand('ProposePlan', {});

  it('folds the given events into the state the command is decided against', () => {
    const scenario = given(submittedPlanEvents());
    expect(scenario.state?.status).toBe('drafting');
    expect(scenario.state?.revision).toBe(submittedPlanEvents().length - 1);
    expect(given([]).state).toBeUndefined();
  });

  it('returns the events when they are the expected ones', () => {
    expect(given(submittedPlanEvents()).when(propose).then([{ type: 'PlanProposed', data: { planId: PLAN_ID } }])).toHaveLength(1);
  });

  it('fails when the events differ', () => {
    expect(() => given(submittedPlanEvents()).when(propose).then([])).toThrow(AssertionError);
  });

  it('fails when events were expected but the command was refused, showing the refusal', () => {
    expect(() => given(draftingPlanEvents()).when(propose).then([])).toThrow(/threw RuleViolationError: no centro has been submitted/);
  });

  it('returns the expected error', () => {
    const error = given(draftingPlanEvents()).when(propose).thenThrows(RuleViolationError, /submitted/);
    expect(error.rule).toBe('no_centro_submitted');
  });

  it('fails when the command succeeds instead of throwing', () => {
    expect(() => given(submittedPlanEvents()).when(propose).thenThrows(RuleViolationError)).toThrow(/produced \[/);
  });

  it('fails on another error class', () => {
    expect(() => given(draftingPlanEvents()).when(propose).thenThrows(OutOfOrderError)).toThrow(/instead of OutOfOrderError/);
    expect(() => given([]).when(propose).thenThrows(RuleViolationError)).toThrow(/NotFoundError/);
    expect(given([]).when(propose).thenThrows(NotFoundError)).toBeInstanceOf(NotFoundError);
  });

  it('fails when the message does not match', () => {
    expect(() => given(draftingPlanEvents()).when(propose).thenThrows(RuleViolationError, 'points')).toThrow(/does not match points/);
  });
});
