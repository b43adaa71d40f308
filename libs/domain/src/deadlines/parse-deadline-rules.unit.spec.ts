import { deadlineRulesFingerprint, parseDeadlineRules } from './parse-deadline-rules';
import { levateRules } from './testing/calendar-fixtures';

describe('the deadline rules file', () => {
  it('accepts the configuration the product ships', () => {
    const rules = levateRules();
    expect(rules.statutory.map((r) => r.key)).toEqual(['piao', 'monitoraggio', 'consuntivo', 'relazione', 'validazione']);
    expect(rules.reminders).toEqual({ daysBefore: [30, 7, 1], onTheDay: true, sendAt: '09:00', escalation: { firstAfterDays: 1, everyDays: 7 } });
  });

  it('names every wrong field at once', () => {
    const broken = JSON.parse(JSON.stringify(levateRules()));
    broken.timeZone = 'Europe/Levate';
    broken.statutory[0].metWhen = 'budget_approved';
    broken.statutory[1].key = 'piao';
    broken.reminders.sendAt = '9:00';
    broken.contacts.default.segretario.email = 'non-un-indirizzo';
    let message = '';
    try {
      parseDeadlineRules(broken);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n').slice(1).map((line) => line.trim().split(':')[0])).toEqual([
      'timeZone',
      'statutory[0].metWhen',
      'statutory[1].key',
      'reminders.sendAt',
      'contacts.default.segretario.email',
    ]);
  });

  it('refuses what is not an object', () => {
    expect(() => parseDeadlineRules([])).toThrow('the file must hold a JSON object');
  });

  it('has a fingerprint that follows the content, not the order of the keys', () => {
    const rules = levateRules();
    const reordered = Object.fromEntries(Object.entries(rules).reverse()) as typeof rules;
    expect(deadlineRulesFingerprint(reordered)).toBe(deadlineRulesFingerprint(rules));
    const changed = { ...rules, procedural: { resubmission: { ...rules.procedural.resubmission, withinDays: 20 } } };
    expect(deadlineRulesFingerprint(changed)).not.toBe(deadlineRulesFingerprint(rules));
  });
});
