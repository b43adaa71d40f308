import { isInt, isObject, Problems } from '../rules-file/rules-file-checks';
import { isTimeZone } from './calendar-dates';
import { DeadlinePerson } from './deadline';
import {
  DeadlineRules,
  EnteContacts,
  MEETING_CONDITIONS,
  OPENING_MOMENTS,
  OWNER_ROLES,
  ReminderPolicy,
  StatutoryRule,
} from './deadline-rules';

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The rules file as DeadlineRules, or an Error naming every wrong field. The file is data, so it
 * is checked as carefully as a request body: a typo must stop the start, not skip a deadline.
 */
export function parseDeadlineRules(raw: unknown): DeadlineRules {
  const problems = new Problems();
  if (!isObject(raw)) throw new Error('Invalid deadline rules: the file must hold a JSON object');
  if (!isTimeZone(raw.timeZone)) problems.add('timeZone', 'must be an IANA time zone, e.g. "Europe/Rome"');
  const statutory = Array.isArray(raw.statutory) ? raw.statutory : [];
  if (!Array.isArray(raw.statutory)) problems.add('statutory', 'must be an array of rules');
  statutory.forEach((rule, i) => checkStatutoryRule(rule, `statutory[${i}]`, problems));
  const keys = statutory.map((rule) => (isObject(rule) ? rule.key : undefined));
  keys.forEach((key, i) => {
    if (keys.indexOf(key) !== i) problems.add(`statutory[${i}].key`, `"${String(key)}" is used twice`);
  });
  const resubmission = isObject(raw.procedural) ? raw.procedural.resubmission : undefined;
  if (!isObject(resubmission)) problems.add('procedural.resubmission', 'must be an object');
  else {
    if (!isText(resubmission.title)) problems.add('procedural.resubmission.title', 'must be a text');
    if (!isInt(resubmission.withinDays, 1, 365)) problems.add('procedural.resubmission.withinDays', 'must be an integer from 1 to 365');
  }
  checkReminderPolicy(raw.reminders, problems);
  checkContacts(raw.contacts, problems);
  if (problems.list.length > 0) throw new Error(`Invalid deadline rules:\n  ${problems.list.join('\n  ')}`);
  return raw as unknown as DeadlineRules;
}

function checkStatutoryRule(rule: unknown, path: string, problems: Problems): void {
  if (!isObject(rule)) return problems.add(path, 'must be an object');
  const r = rule as Partial<Record<keyof StatutoryRule, unknown>>;
  if (typeof r.key !== 'string' || !/^[a-z0-9_-]{1,40}$/.test(r.key)) {
    problems.add(`${path}.key`, 'must be 1-40 lower-case letters, digits, _ or -');
  }
  if (!isText(r.title)) problems.add(`${path}.title`, 'must be a text');
  if (!OWNER_ROLES.includes(r.owner as never)) problems.add(`${path}.owner`, `must be one of ${OWNER_ROLES.join(', ')}`);
  if (!OPENING_MOMENTS.includes(r.opensWhen as never)) {
    problems.add(`${path}.opensWhen`, `must be one of ${OPENING_MOMENTS.join(', ')}`);
  }
  if (!MEETING_CONDITIONS.includes(r.metWhen as never)) {
    problems.add(`${path}.metWhen`, `must be one of ${MEETING_CONDITIONS.join(', ')}`);
  }
  const due = r.due;
  if (!isObject(due) || !isInt(due.month, 1, 12) || !isInt(due.day, 1, 31) || !isInt(due.yearOffset, -1, 5)) {
    problems.add(`${path}.due`, 'must be {month: 1-12, day: 1-31, yearOffset: -1..5}');
  }
  if (r.afterBudgetApprovalDays !== undefined && !isInt(r.afterBudgetApprovalDays, 0, 366)) {
    problems.add(`${path}.afterBudgetApprovalDays`, 'must be an integer from 0 to 366');
  }
}

function checkReminderPolicy(policy: unknown, problems: Problems): void {
  if (!isObject(policy)) return problems.add('reminders', 'must be an object');
  const p = policy as Partial<Record<keyof ReminderPolicy, unknown>>;
  if (!Array.isArray(p.daysBefore) || !p.daysBefore.every((d) => isInt(d, 1, 366))) {
    problems.add('reminders.daysBefore', 'must be an array of integers from 1 to 366');
  }
  if (typeof p.onTheDay !== 'boolean') problems.add('reminders.onTheDay', 'must be true or false');
  if (typeof p.sendAt !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(p.sendAt)) problems.add('reminders.sendAt', 'must be HH:MM');
  const escalation = p.escalation;
  if (!isObject(escalation) || !isInt(escalation.firstAfterDays, 0, 366) || !isInt(escalation.everyDays, 1, 366)) {
    problems.add('reminders.escalation', 'must be {firstAfterDays: 0-366, everyDays: 1-366}');
  }
}

function checkContacts(contacts: unknown, problems: Problems): void {
  if (!isObject(contacts)) return problems.add('contacts', 'must be an object');
  const defaults = contacts.default;
  if (!isObject(defaults)) problems.add('contacts.default', 'must name the segretario and the nucleo');
  else {
    checkPerson(defaults.segretario, 'contacts.default.segretario', problems);
    checkPerson(defaults.nucleo, 'contacts.default.nucleo', problems);
  }
  const enti = contacts.enti ?? {};
  if (!isObject(enti)) problems.add('contacts.enti', 'must be an object by ente code');
  else {
    for (const [code, ente] of Object.entries(enti)) {
      if (!isObject(ente)) problems.add(`contacts.enti.${code}`, 'must be an object');
      else for (const role of ['segretario', 'nucleo'] as (keyof EnteContacts)[]) {
        if (ente[role] !== undefined) checkPerson(ente[role], `contacts.enti.${code}.${role}`, problems);
      }
    }
  }
  const people = contacts.people ?? {};
  if (!isObject(people)) problems.add('contacts.people', 'must be an object by person id');
  else for (const [id, person] of Object.entries(people)) checkPerson(person, `contacts.people.${id}`, problems);
}

function checkPerson(person: unknown, path: string, problems: Problems): void {
  if (!isObject(person)) return problems.add(path, 'must be {id, name, email?}');
  const p = person as Partial<Record<keyof DeadlinePerson, unknown>>;
  if (!isText(p.id)) problems.add(`${path}.id`, 'must be a text');
  if (!isText(p.name)) problems.add(`${path}.name`, 'must be a text');
  if (p.email !== undefined && (typeof p.email !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(p.email))) {
    problems.add(`${path}.email`, 'must be an e-mail address');
  }
}

/**
 * A number that changes when the rules change: the deadlines projection is rebuilt when it does,
 * since what it stores follows from the rules (FNV-1a of the canonical JSON).
 */
export function deadlineRulesFingerprint(rules: DeadlineRules): number {
  const text = canonicalJson(rules);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
