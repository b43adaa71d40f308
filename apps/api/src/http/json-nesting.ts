const OPEN = new Set([0x7b, 0x5b]); // { [
const CLOSE = new Set([0x7d, 0x5d]); // } ]
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Real plans nest a few levels (plan document > centro > objective > indicator); far below this. */
export const MAX_JSON_DEPTH = 32;

/**
 * How deep the objects and arrays of a JSON text nest, counted on the raw bytes before parsing,
 * so that a hostile body never reaches code that walks it recursively.
 */
export function jsonNestingDepth(raw: Uint8Array): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (OPEN.has(byte)) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (CLOSE.has(byte)) {
      depth--;
    }
  }
  return deepest;
}
