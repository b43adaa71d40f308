import { v5 as uuidv5 } from 'uuid';

const CICLO_NAMESPACE = '6f1c3a52-9d4e-4b8a-a7f0-2c5e8d9b1a43';

/**
 * Ids of new things are derived from the command id, so that a command retried with the same
 * Idempotency-Key names the same plan, objective or event and cannot create a second one.
 */
export function derivedId(commandId: string, path: string): string {
  return uuidv5(`${commandId}/${path}`, CICLO_NAMESPACE);
}
