/** Keys that could reach an object's prototype in code that merges plain objects. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** C0 controls except tab, line feed and carriage return; DEL; C1 controls; bidi overrides that disguise text. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

export interface HostileContent {
  field: string;
  reason: string;
}

/**
 * The first key or text of a parsed JSON body that no legitimate client sends: prototype keys and
 * control characters (which would corrupt the Italian reports and the terminal of whoever reads
 * the logs). SQL-like text is fine: it is stored verbatim and never interpreted.
 */
export function findHostileContent(value: unknown, path = ''): HostileContent | undefined {
  if (typeof value === 'string') {
    const match = CONTROL_CHARACTER.exec(value);
    if (!match) return undefined;
    const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return { field: path || '(body)', reason: `${path || 'the body'} contains the control character U+${code}` };
  }
  if (value === null || typeof value !== 'object') return undefined;
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  for (const [key, item] of entries) {
    const field = path === '' ? key : Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
    if (!Array.isArray(value) && PROTOTYPE_KEYS.has(key)) return { field, reason: `the key "${key}" is not allowed` };
    const found = findHostileContent(item, field);
    if (found) return found;
  }
  return undefined;
}
