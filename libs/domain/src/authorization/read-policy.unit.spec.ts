import { mayReadPlan } from './read-policy';
import { Principal } from './principal';

const of = (role: Principal['role'], enti: Principal['enti'] = ['levate']): Principal => ({ id: 'p', role, enti, centri: [] });

describe('mayReadPlan', () => {
  it('lets everyone of the ente read a plan being drafted, except a viewer', () => {
    for (const role of ['segretario', 'responsabile', 'giunta', 'nucleo', 'admin'] as const) {
      expect(mayReadPlan(of(role), { enteCode: 'levate', status: 'drafting' })).toEqual({ allowed: true });
    }
    expect(mayReadPlan(of('viewer'), { enteCode: 'levate', status: 'proposed' })).toEqual({
      allowed: false,
      reason: 'not_approved',
    });
  });

  it('lets a viewer read a plan once approved, and after', () => {
    for (const status of ['approved', 'consuntivo', 'closed'] as const) {
      expect(mayReadPlan(of('viewer'), { enteCode: 'levate', status })).toEqual({ allowed: true });
    }
  });

  it("never lets anyone read another ente's plan", () => {
    expect(mayReadPlan(of('nucleo', ['brembate']), { enteCode: 'levate', status: 'closed' })).toEqual({
      allowed: false,
      reason: 'other_ente',
    });
    expect(mayReadPlan(of('admin', 'all'), { enteCode: 'levate', status: 'drafting' })).toEqual({ allowed: true });
  });
});
