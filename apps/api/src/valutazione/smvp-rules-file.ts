import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSmvpRules } from '@ciclo/domain';
import { LoadedSmvpRules } from '../infrastructure/smvp-rules.token';

/** Reads and checks the SMVP rules; the error names the file and every wrong field, so the start stops. */
export function loadSmvpRules(path: string): LoadedSmvpRules {
  const file = resolve(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the SMVP rules at ${file} (set SMVP_RULES_PATH): ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`The SMVP rules at ${file} are not valid JSON: ${(error as Error).message}`);
  }
  try {
    return { rules: parseSmvpRules(json), file: path };
  } catch (error) {
    throw new Error(`${(error as Error).message}\n(in ${file}, set by SMVP_RULES_PATH)`);
  }
}
