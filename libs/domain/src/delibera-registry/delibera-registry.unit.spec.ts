import { RuleViolationError } from '../errors/domain-errors';
import { DeliberaRegistryEvent } from '../events/delibera-registry-events';
import { Delibera } from '../values/delibera';
import { decideDeliberaRegistration, decideDeliberaRelease } from './decide-delibera-registry';
import { DeliberaRegistryState, evolveDeliberaRegistry, initialDeliberaRegistry } from './delibera-registry-state';

const delibera28: Delibera = { organo: 'giunta', numero: 28, data: '2024-04-09' };
const registration = {
  enteCode: 'levate',
  delibera: delibera28,
  planId: 'plan-levate-2024',
  commandId: 'cmd-approve-1',
  purpose: 'approval of the plan',
};
const registered: DeliberaRegistryEvent = {
  type: 'DeliberaRegistered',
  data: { organo: 'giunta', numero: 28, year: 2024, enteCode: 'levate', data: '2024-04-09', planId: 'plan-levate-2024', commandId: 'cmd-approve-1', purpose: 'approval of the plan' },
};
const released: DeliberaRegistryEvent = {
  type: 'DeliberaReleased',
  data: { organo: 'giunta', numero: 28, year: 2024, enteCode: 'levate', planId: 'plan-levate-2024', commandId: 'cmd-approve-1' },
};

function registry(events: DeliberaRegistryEvent[]): DeliberaRegistryState {
  return events.reduce(evolveDeliberaRegistry, initialDeliberaRegistry());
}

describe('delibera registry', () => {
  describe('decideDeliberaRegistration', () => {
    it('registers a delibera nobody holds', () => {
      expect(decideDeliberaRegistration(registry([]), registration)).toEqual([registered]);
    });

    it('registers nothing again when the same command retries', () => {
      expect(decideDeliberaRegistration(registry([registered]), registration)).toEqual([]);
    });

    it('refuses a delibera another command holds, even of the same plan', () => {
      const attempt = () =>
        decideDeliberaRegistration(registry([registered]), { ...registration, commandId: 'cmd-variation-1', purpose: 'approval of variation v1' });
      expect(attempt).toThrow(RuleViolationError);
      expect(attempt).toThrow('delibera giunta n. 28/2024 is already used by plan plan-levate-2024 (approval of the plan)');
      try {
        attempt();
      } catch (error) {
        expect((error as RuleViolationError).rule).toBe('delibera_already_used');
      }
    });

    it('refuses the same act cited by another plan with a different date in the same year', () => {
      const otherPlan = { ...registration, planId: 'plan-levate-2025', commandId: 'cmd-x', delibera: { ...delibera28, data: '2024-12-30' } };
      expect(() => decideDeliberaRegistration(registry([registered]), otherPlan)).toThrow('giunta n. 28/2024');
    });

    it('registers the same numero of another year or of the Consiglio', () => {
      const state = registry([registered]);
      const nextYear = { ...registration, commandId: 'cmd-2', delibera: { ...delibera28, data: '2025-04-09' } };
      expect(decideDeliberaRegistration(state, nextYear)).toEqual([
        { type: 'DeliberaRegistered', data: { ...registered.data, year: 2025, data: '2025-04-09', commandId: 'cmd-2' } },
      ]);
      const consiglio = { ...registration, commandId: 'cmd-3', delibera: { ...delibera28, organo: 'consiglio' as const } };
      expect(decideDeliberaRegistration(state, consiglio)).toHaveLength(1);
    });

    it('registers again a delibera that was released', () => {
      const state = registry([registered, released]);
      expect(decideDeliberaRegistration(state, { ...registration, commandId: 'cmd-approve-2' })).toEqual([
        { type: 'DeliberaRegistered', data: { ...registered.data, commandId: 'cmd-approve-2' } },
      ]);
    });
  });

  describe('decideDeliberaRelease', () => {
    it('releases the delibera the command holds', () => {
      expect(decideDeliberaRelease(registry([registered]), registration)).toEqual([released]);
    });

    it('releases nothing for a command that does not hold it', () => {
      expect(decideDeliberaRelease(registry([registered]), { ...registration, commandId: 'cmd-other' })).toEqual([]);
      expect(decideDeliberaRelease(registry([]), registration)).toEqual([]);
    });
  });

  describe('evolveDeliberaRegistry', () => {
    it('tracks who holds each delibera', () => {
      expect(registry([registered]).held).toEqual({
        'giunta/28/2024': { planId: 'plan-levate-2024', commandId: 'cmd-approve-1', purpose: 'approval of the plan', data: '2024-04-09' },
      });
      expect(registry([registered, released]).held).toEqual({});
    });

    it('ignores a release by a command that no longer holds the delibera', () => {
      const reRegistered: DeliberaRegistryEvent = { type: 'DeliberaRegistered', data: { ...registered.data, commandId: 'cmd-approve-2' } };
      const state = registry([registered, released, reRegistered, released]);
      expect(state.held['giunta/28/2024']?.commandId).toBe('cmd-approve-2');
    });

    it('does not change the previous state', () => {
      const before = registry([registered]);
      evolveDeliberaRegistry(before, released);
      expect(Object.keys(before.held)).toEqual(['giunta/28/2024']);
    });
  });
});
