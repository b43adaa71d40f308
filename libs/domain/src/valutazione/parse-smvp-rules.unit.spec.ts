import { parseSmvpRules } from './parse-smvp-rules';
import { DEFAULT_WARNING_LIMITS, smvpRulesFor } from './smvp-rules';
import { shippedSmvpRules } from './testing/scoring-fixtures';

const problemsOf = (raw: unknown): string[] => {
  try {
    parseSmvpRules(raw);
  } catch (error) {
    return (error as Error).message.split('\n').slice(1).map((line) => line.trim());
  }
  return [];
};

describe('the SMVP rules file', () => {
  it('ships proportional scoring for every ente, with the default limits of the warnings', () => {
    const rules = shippedSmvpRules();
    expect(rules.default.scoring).toEqual({ kind: 'proportional' });
    expect(rules.default.warnings).toEqual({
      approvalDeadline: { month: 1, day: 31, afterBudgetApprovalDays: 30 },
      approvalMonthsIntoYear: 3,
      consuntivoRecordedBy: { month: 6, day: 30, yearOffset: 1 },
    });
    expect(smvpRulesFor(rules, 'levate')).toMatchObject({ origin: 'default', scoring: { kind: 'proportional' } });
  });

  it('takes the default limits when the file names none', () => {
    expect(parseSmvpRules({ default: { scoring: { kind: 'proportional' } } }).default.warnings).toEqual(DEFAULT_WARNING_LIMITS);
  });

  it("gives an ente its own scoring, and its limits over the default's", () => {
    const rules = parseSmvpRules({
      default: { scoring: { kind: 'proportional' } },
      enti: {
        levate: { scoring: { kind: 'bands', bands: [0, 50, 75, 100] }, adoptedBy: 'Delibera di Giunta n. 12 del 30/01/2024' },
        osio_sotto: { warnings: { approvalMonthsIntoYear: 2 } },
      },
    });
    expect(smvpRulesFor(rules, 'levate')).toEqual({
      enteCode: 'levate',
      origin: 'ente',
      scoring: { kind: 'bands', bands: [0, 50, 75, 100] },
      warnings: DEFAULT_WARNING_LIMITS,
      adoptedBy: 'Delibera di Giunta n. 12 del 30/01/2024',
    });
    const osio = smvpRulesFor(rules, 'osio_sotto');
    expect(osio.scoring).toEqual({ kind: 'proportional' });
    expect(osio.warnings).toEqual({ ...DEFAULT_WARNING_LIMITS, approvalMonthsIntoYear: 2 });
    expect(smvpRulesFor(rules, 'constructor').origin).toBe('default');
  });

  it('names every wrong field at once, misspelt keys included', () => {
    expect(
      problemsOf({
        default: { scoring: { kind: 'linear' } },
        enti: {
          levate: { scoring: { kind: 'threshold', minimumPct: 120 }, warnings: { approvalMonthsIntoYear: 13 } },
          osio: { scoring: { kind: 'bands', bands: [0, 75, 50, 100] } },
          brembate: { scoring: { kind: 'bands', bands: [0, 50, 90] }, warning: {} },
          'Bergamo!': {},
        },
        entì: {},
      }).map((problem) => problem.split(':')[0]),
    ).toEqual([
      'entì',
      'default.scoring.kind',
      'enti.levate.scoring.minimumPct',
      'enti.levate.warnings.approvalMonthsIntoYear',
      'enti.osio.scoring.bands',
      'enti.brembate.warning',
      'enti.brembate.scoring.bands',
      'enti.Bergamo!',
    ]);
  });

  it('explains what a field must be', () => {
    expect(problemsOf({ default: { scoring: { kind: 'bands', bands: [0, 50, 90] } } })).toEqual([
      'default.scoring.bands: must end with 100, so that full achievement earns the full points',
    ]);
    expect(problemsOf({ default: {} })).toEqual(['default.scoring: is required']);
    expect(problemsOf({ default: { scoring: { kind: 'proportional' }, warnings: { consuntivoRecordedBy: { month: 6, day: 30 } } } })).toEqual([
      'default.warnings.consuntivoRecordedBy: must be {month: 1-12, day: 1-31, yearOffset: 0-5}',
    ]);
  });

  it('refuses what is not an object', () => {
    expect(() => parseSmvpRules([])).toThrow('the file must hold a JSON object');
    expect(problemsOf({ enti: {} })).toEqual(['default: must be an object with at least "scoring"']);
  });
});
