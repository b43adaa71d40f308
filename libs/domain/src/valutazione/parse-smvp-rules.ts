import { isInt, isObject, Json, Problems } from '../rules-file/rules-file-checks';
import {
  DEFAULT_WARNING_LIMITS,
  EnteSmvpOverride,
  EnteSmvpRules,
  SCORING_RULE_KINDS,
  ScoringRule,
  SmvpRules,
  WarningLimits,
} from './smvp-rules';

/** Ente codes as plans store them: 1-40 lower-case letters, digits or _. */
const ENTE_CODE = /^[a-z0-9_]{1,40}$/;

const isPct = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;

/**
 * The SMVP rules file as SmvpRules, or an Error naming every wrong field. These numbers decide
 * bonuses: a misspelt key must stop the start rather than silently fall back to the default.
 */
export function parseSmvpRules(raw: unknown): SmvpRules {
  if (!isObject(raw)) throw new Error('Invalid SMVP rules: the file must hold a JSON object');
  const problems = new Problems();
  checkKnownKeys(raw, ['default', 'enti'], '', problems);
  let defaults: EnteSmvpRules | undefined;
  if (!isObject(raw.default)) problems.add('default', 'must be an object with at least "scoring"');
  else {
    checkEnteEntry(raw.default, 'default', problems);
    if (raw.default.scoring === undefined) problems.add('default.scoring', 'is required');
    defaults = {
      scoring: raw.default.scoring as ScoringRule,
      warnings: { ...DEFAULT_WARNING_LIMITS, ...(raw.default.warnings as Partial<WarningLimits> | undefined) },
      ...(raw.default.adoptedBy !== undefined ? { adoptedBy: raw.default.adoptedBy as string } : {}),
    };
  }
  const enti = raw.enti ?? {};
  if (!isObject(enti)) problems.add('enti', 'must be an object by ente code');
  else {
    for (const [code, entry] of Object.entries(enti)) {
      if (!ENTE_CODE.test(code)) problems.add(`enti.${code}`, 'the ente code must be 1-40 lower-case letters, digits or _');
      if (!isObject(entry)) problems.add(`enti.${code}`, 'must be an object');
      else checkEnteEntry(entry, `enti.${code}`, problems);
    }
  }
  if (problems.list.length > 0) throw new Error(`Invalid SMVP rules:\n  ${problems.list.join('\n  ')}`);
  return { default: defaults!, enti: enti as Record<string, EnteSmvpOverride> };
}

function checkEnteEntry(entry: Json, path: string, problems: Problems): void {
  checkKnownKeys(entry, ['scoring', 'warnings', 'adoptedBy'], path, problems);
  if (entry.scoring !== undefined) checkScoringRule(entry.scoring, `${path}.scoring`, problems);
  if (entry.warnings !== undefined) checkWarningLimits(entry.warnings, `${path}.warnings`, problems);
  if (entry.adoptedBy !== undefined && (typeof entry.adoptedBy !== 'string' || entry.adoptedBy.trim() === '')) {
    problems.add(`${path}.adoptedBy`, 'must be a text naming the act that adopted the SMVP');
  }
}

function checkScoringRule(rule: unknown, path: string, problems: Problems): void {
  if (!isObject(rule) || !SCORING_RULE_KINDS.includes(rule.kind as never)) {
    return problems.add(`${path}.kind`, `must be one of ${SCORING_RULE_KINDS.join(', ')}`);
  }
  if (rule.kind === 'proportional') return checkKnownKeys(rule, ['kind'], path, problems);
  if (rule.kind === 'threshold') {
    checkKnownKeys(rule, ['kind', 'minimumPct'], path, problems);
    if (!isPct(rule.minimumPct) || rule.minimumPct === 0) problems.add(`${path}.minimumPct`, 'must be a percentage above 0 and at most 100');
    return;
  }
  checkKnownKeys(rule, ['kind', 'bands'], path, problems);
  const bands = rule.bands;
  if (!Array.isArray(bands) || bands.length === 0 || !bands.every(isPct)) {
    return problems.add(`${path}.bands`, 'must be a list of percentages from 0 to 100, e.g. [0, 50, 75, 100]');
  }
  if (!bands.every((band, i) => i === 0 || band > bands[i - 1])) problems.add(`${path}.bands`, 'must be in increasing order');
  // full achievement earns the full points: the seed's "punti massimi ... per la totale realizzazione"
  if (bands[bands.length - 1] !== 100) problems.add(`${path}.bands`, 'must end with 100, so that full achievement earns the full points');
}

function checkWarningLimits(limits: unknown, path: string, problems: Problems): void {
  if (!isObject(limits)) return problems.add(path, 'must be an object');
  checkKnownKeys(limits, Object.keys(DEFAULT_WARNING_LIMITS), path, problems);
  const deadline = limits.approvalDeadline;
  if (deadline !== undefined) {
    if (!isObject(deadline) || !isInt(deadline.month, 1, 12) || !isInt(deadline.day, 1, 31) || !isInt(deadline.afterBudgetApprovalDays, 0, 366)) {
      problems.add(`${path}.approvalDeadline`, 'must be {month: 1-12, day: 1-31, afterBudgetApprovalDays: 0-366}');
    }
  }
  if (limits.approvalMonthsIntoYear !== undefined && !isInt(limits.approvalMonthsIntoYear, 0, 12)) {
    problems.add(`${path}.approvalMonthsIntoYear`, 'must be an integer from 0 to 12');
  }
  const recordedBy = limits.consuntivoRecordedBy;
  if (recordedBy !== undefined) {
    if (!isObject(recordedBy) || !isInt(recordedBy.month, 1, 12) || !isInt(recordedBy.day, 1, 31) || !isInt(recordedBy.yearOffset, 0, 5)) {
      problems.add(`${path}.consuntivoRecordedBy`, 'must be {month: 1-12, day: 1-31, yearOffset: 0-5}');
    }
  }
}

function checkKnownKeys(value: Json, known: string[], path: string, problems: Problems): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) problems.add(path === '' ? key : `${path}.${key}`, `unknown field (expected ${known.join(', ')})`);
  }
}
