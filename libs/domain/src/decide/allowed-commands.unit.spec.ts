import { PlanCommandType } from '../commands/plan-commands';
import { PlanEvent } from '../events/plan-events';
import { foldPlan } from '../testing/given-when-then';
import {
  approvedPlanEvents,
  closedPlanEvents,
  consuntivoStartedEvents,
  consuntivoValidatedEvents,
  draftingPlanEvents,
  openVariationEvents,
  proposedPlanEvents,
  relazioneApprovedEvents,
} from '../testing/plan-fixtures';
import { allowedCommands } from './allowed-commands';

const CENTRO_EDITING: PlanCommandType[] = [
  'AddCentro',
  'DescribeService',
  'AddActivity',
  'ReviseActivity',
  'RemoveActivity',
  'DefineActivityIndicator',
  'RecordIndicatorValue',
  'RecordResources',
  'DraftObjective',
  'ReviseObjective',
  'WithdrawObjective',
];

const OBJECTIVE_DEADLINES: PlanCommandType[] = ['RecordMilestone', 'MoveDeadline'];

describe('allowedCommands', () => {
  it('allows only CreatePlan for a plan that does not exist', () => {
    expect(allowedCommands(undefined)).toEqual(['CreatePlan']);
  });

  it.each<[string, () => PlanEvent[], PlanCommandType[]]>([
    ['drafting', draftingPlanEvents, [...CENTRO_EDITING, 'SubmitCentro', 'ReturnCentro', 'ProposePlan', 'RecordBudgetApproval']],
    ['proposed', proposedPlanEvents, ['ReturnCentro', 'ApprovePlan', 'RecordBudgetApproval']],
    [
      'approved',
      approvedPlanEvents,
      ['OpenVariation', 'RecordMonitoring', 'RecordIndicatorValue', 'StartConsuntivo', ...OBJECTIVE_DEADLINES, 'RecordBudgetApproval'],
    ],
    [
      'approved with an open variation',
      openVariationEvents,
      [...CENTRO_EDITING, 'RecordMonitoring', 'ApproveVariation', ...OBJECTIVE_DEADLINES, 'RecordBudgetApproval'],
    ],
    ['consuntivo', consuntivoStartedEvents, ['RecordConsuntivo', 'ValidateConsuntivo', 'RecordIndicatorValue', ...OBJECTIVE_DEADLINES]],
    ['consuntivo_validated', consuntivoValidatedEvents, ['ApproveRelazione', 'RecordIndicatorValue']],
    ['relazione_approved', relazioneApprovedEvents, ['ValidateRelazione', 'RefuseRelazione', 'RecordIndicatorValue']],
    ['closed', closedPlanEvents, []],
  ])('when %s', (_state, history, expected) => {
    expect(allowedCommands(foldPlan(history()))).toEqual(expected);
  });

  it('never offers CreatePlan for an existing plan', () => {
    expect(allowedCommands(foldPlan(draftingPlanEvents()))).not.toContain('CreatePlan');
  });
});
