import { BadRequestException } from '@nestjs/common';
import { findHostileContent } from './hostile-content';
import { jsonNestingDepth, MAX_JSON_DEPTH } from './json-nesting';
import { validationFailure } from './validation-failure';

type Done = (error: Error | null, body?: unknown) => void;

/**
 * The API's JSON body parser (Fastify content-type parser for application/json). An empty body is
 * no body (commands such as submit or propose carry none); a body that nests too deep is refused
 * before parsing; a parsed body with prototype keys or control characters is refused before any
 * guard or pipe sees it. Each refusal is a 400 that names the field.
 */
export function parseJsonBody(_request: unknown, raw: Buffer, done: Done): void {
  if (raw.length === 0) return done(null, undefined);
  if (jsonNestingDepth(raw) > MAX_JSON_DEPTH) {
    return done(new BadRequestException({ error: 'Bad Request', message: `JSON body nests deeper than ${MAX_JSON_DEPTH} levels` }));
  }
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    return done(new BadRequestException({ error: 'Bad Request', message: 'Malformed JSON body' }));
  }
  const hostile = findHostileContent(body);
  if (hostile) return done(validationFailure(hostile.field, hostile.reason));
  done(null, body);
}
