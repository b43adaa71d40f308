import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PlanDocument } from '../plan-document';

/** The demo document the API seeds, read afresh on each call so a test may change its copy. */
export const LEVATE_2024_DOCUMENT_PATH = resolve(__dirname, '../../../../../apps/api/src/demo/levate-2024.plan.json');

export function loadLevate2024Document(): PlanDocument {
  return JSON.parse(readFileSync(LEVATE_2024_DOCUMENT_PATH, 'utf8')) as PlanDocument;
}
