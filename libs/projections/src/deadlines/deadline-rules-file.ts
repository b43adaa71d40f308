import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DeadlineRules, parseDeadlineRules } from '@ciclo/domain';

/** Where the rules live unless DEADLINE_RULES_PATH says otherwise (relative to the working directory). */
export const DEFAULT_DEADLINE_RULES_PATH = 'config/deadline-rules.json';

/** Reads and checks the deadline rules; the error names the file and every wrong field. */
export function loadDeadlineRules(path: string = DEFAULT_DEADLINE_RULES_PATH): DeadlineRules {
  const file = resolve(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the deadline rules at ${file} (set DEADLINE_RULES_PATH): ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`The deadline rules at ${file} are not valid JSON: ${(error as Error).message}`);
  }
  try {
    return parseDeadlineRules(json);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n(in ${file})`);
  }
}
