import { COMMAND_POLICY, PlanCommandType, ROLES, Role } from '@ciclo/domain';
import { startApi, type ApiHarness } from './support/api-harness';
import { commandRequests, PlanIds } from './support/command-requests';
import { draftingPlan } from './support/drafting-plan';
import { eventCount } from './support/event-count';
import { bearer } from './support/tokens';

/**
 * The policy table through HTTP, with real bearer tokens: every role against every command. A
 * refused command answers 403 and appends nothing; an allowed one is never refused for who sent it
 * (it may still be out of order, 409, on the plan the test drives).
 */
describe('who may send which command, over HTTP', () => {
  let api: ApiHarness;
  let ids: PlanIds;
  const person = (role: Role, sub = `${role}.levate`, centri: string[] = []) => bearer({ sub, role, ente: 'levate', centri });
  const owner = () => person('responsabile', 'resp.ag');
  const strangerResponsabile = () => person('responsabile', 'resp.altro', ['ALTRO']);

  beforeAll(async () => {
    api = await startApi({ devHeaders: false });
    ids = await draftingPlan(api, person('segretario'), 'resp.ag');
  }, 60_000);

  afterAll(() => api.close());

  const cases = (Object.keys(COMMAND_POLICY) as PlanCommandType[]).flatMap((type) => ROLES.map((role) => [type, role] as const));
  let unique = 0;

  it.each(cases)('%s sent by %s', async (type, role) => {
    const scope = COMMAND_POLICY[type][role];
    const request = commandRequests(ids, ++unique)[type];
    const senders = role === 'responsabile' ? [strangerResponsabile(), owner()] : [person(role)];
    for (const [index, headers] of senders.entries()) {
      const before = eventCount(api.sqlitePath);
      const response = await api.call(request.method, request.path, request.body, headers);
      const refusedByPolicy = scope === undefined || (scope === 'own_centro' && index === 0);
      if (refusedByPolicy) {
        expect({ status: response.status, message: response.body.message }).toEqual({ status: 403, message: expect.stringContaining(`may not send ${type}`) });
        expect(eventCount(api.sqlitePath)).toBe(before);
      } else {
        // allowed: never 401/403, never a 400 from a malformed test request, which would hide a refusal
        expect({ type, role, status: response.status }).toEqual({ type, role, status: expect.any(Number) });
        expect([400, 401, 403]).not.toContain(response.status);
      }
    }
  });
});
