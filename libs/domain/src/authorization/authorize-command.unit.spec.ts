import { PlanCommand, PlanCommandType } from '../commands/plan-commands';
import { ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { Plan } from '../plan/plan-state';
import { foldPlan } from '../testing/given-when-then';
import { draftingPlanEvents, LEVATE, OBJECTIVES, PLAN_ID, SERVIZIO, SETTORE, TOGNI } from '../testing/plan-fixtures';
import { ROLES, Role } from '../values/actor';
import { authorizeCommand } from './authorize-command';
import { COMMAND_POLICY } from './command-policy';
import { Principal } from './principal';

const plan = foldPlan(draftingPlanEvents()) as Plan;

/** Commands that name an objective rather than a centro: ownership follows the objective's centro. */
const ABOUT_AN_OBJECTIVE: readonly PlanCommandType[] = [
  'ReviseObjective',
  'WithdrawObjective',
  'RecordMonitoring',
  'RecordConsuntivo',
  'RecordMilestone',
  'MoveDeadline',
];

function commandOf(type: PlanCommandType): PlanCommand {
  const about = ABOUT_AN_OBJECTIVE.includes(type)
    ? { objectiveId: OBJECTIVES.transizioneDigitale }
    : { centroId: SERVIZIO.centroId };
  return { type, planId: PLAN_ID, data: { ente: LEVATE, ...about } } as unknown as PlanCommand;
}

function principal(role: Role, overrides: Partial<Principal> = {}): Principal {
  return { id: `someone-${role}`, role, enti: [LEVATE.code], centri: [], ...overrides };
}

function outcome(run: () => void): 'allowed' | 'forbidden' | 'not_found' {
  try {
    run();
    return 'allowed';
  } catch (error) {
    if (error instanceof ForbiddenError) return 'forbidden';
    if (error instanceof NotFoundError) return 'not_found';
    throw error;
  }
}

describe('the policy table, every role against every command', () => {
  const cases = (Object.keys(COMMAND_POLICY) as PlanCommandType[]).flatMap((type) =>
    ROLES.map((role) => [type, role, COMMAND_POLICY[type][role] ?? 'none'] as const),
  );

  it.each(cases)('%s by %s (granted: %s)', (type, role, scope) => {
    const stranger = principal(role);
    const owner = principal(role, { id: TOGNI.id });
    const command = commandOf(type);
    const state = type === 'CreatePlan' ? undefined : plan;
    if (scope === 'none') {
      expect(outcome(() => authorizeCommand(stranger, command, state))).toBe('forbidden');
      expect(outcome(() => authorizeCommand(owner, command, state))).toBe('forbidden');
    } else if (scope === 'ente') {
      expect(outcome(() => authorizeCommand(stranger, command, state))).toBe('allowed');
    } else {
      expect(outcome(() => authorizeCommand(stranger, command, state))).toBe('forbidden');
      expect(outcome(() => authorizeCommand(owner, command, state))).toBe('allowed');
    }
  });

  it('lists every command of the cycle', () => {
    expect(Object.keys(COMMAND_POLICY)).toHaveLength(28);
  });

  it('leaves approvals to the Giunta and validations to the Nucleo', () => {
    for (const type of ['ApprovePlan', 'ApproveVariation', 'ApproveRelazione'] as const) {
      expect(Object.keys(COMMAND_POLICY[type])).toEqual(['giunta']);
    }
    for (const type of ['ValidateConsuntivo', 'ValidateRelazione', 'RefuseRelazione'] as const) {
      expect(Object.keys(COMMAND_POLICY[type])).toEqual(['nucleo']);
    }
  });

  it('grants a viewer nothing', () => {
    expect(Object.values(COMMAND_POLICY).filter((grants) => grants.viewer !== undefined)).toEqual([]);
  });
});

describe('ownership of a responsabile', () => {
  const responsabile = (overrides: Partial<Principal>) => principal('responsabile', overrides);

  it('covers a centro listed in the token by code', () => {
    const listed = responsabile({ centri: [SERVIZIO.code] });
    expect(outcome(() => authorizeCommand(listed, commandOf('AddActivity'), plan))).toBe('allowed');
  });

  it('covers the centri di attività below an owned centro di responsabilità', () => {
    const ofTheSettore = responsabile({ centri: [SETTORE.code] });
    expect(outcome(() => authorizeCommand(ofTheSettore, commandOf('SubmitCentro'), plan))).toBe('allowed');
  });

  it('does not reach up from a centro di attività to its settore', () => {
    const ofTheServizio = responsabile({ centri: [SERVIZIO.code] });
    const onSettore = { type: 'DescribeService', planId: PLAN_ID, data: { centroId: SETTORE.centroId, description: 'x' } };
    expect(outcome(() => authorizeCommand(ofTheServizio, onSettore as PlanCommand, plan))).toBe('forbidden');
  });

  it('follows an objective to its centro', () => {
    const other = responsabile({ centri: ['ALTRO'] });
    expect(outcome(() => authorizeCommand(other, commandOf('RecordConsuntivo'), plan))).toBe('forbidden');
    expect(outcome(() => authorizeCommand(responsabile({ id: TOGNI.id }), commandOf('RecordConsuntivo'), plan))).toBe(
      'allowed',
    );
  });

  it('names the centro in the refusal', () => {
    expect(() => authorizeCommand(responsabile({}), commandOf('DraftObjective'), plan)).toThrow(
      /may not send DraftObjective: centro AG is not one of yours/,
    );
  });
});

describe('tenants', () => {
  const ofBrembate = principal('segretario', { enti: ['brembate'] });

  it('reports another ente\'s plan as not found', () => {
    expect(outcome(() => authorizeCommand(ofBrembate, commandOf('ProposePlan'), plan))).toBe('not_found');
  });

  it('refuses to create a plan for an ente one does not act for', () => {
    expect(() => authorizeCommand(ofBrembate, commandOf('CreatePlan'), undefined)).toThrow(/do not act for ente levate/);
  });

  it('lets an installation administrator set up any ente', () => {
    expect(outcome(() => authorizeCommand(principal('admin', { enti: 'all' }), commandOf('CreatePlan'), undefined))).toBe(
      'allowed',
    );
  });

  it('lets a Nucleo serving several comuni act on each', () => {
    const nucleo = principal('nucleo', { enti: ['brembate', 'levate'] });
    expect(outcome(() => authorizeCommand(nucleo, commandOf('ValidateRelazione'), plan))).toBe('allowed');
  });
});
