import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ROLES } from '@ciclo/domain';
import { principalOf } from '../auth/current-principal.decorator';
import { CommandEnvelope } from './execute-plan-command';

const MAX_HEADER_LENGTH = 200;

function header(request: { headers: Record<string, string | string[] | undefined> }, name: string): string | undefined {
  const value = request.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text.trim() === '') return undefined;
  if (text.length > MAX_HEADER_LENGTH) {
    throw new BadRequestException({
      message: 'Validation failed',
      errors: [{ field: name, reasons: [`${name} must be at most ${MAX_HEADER_LENGTH} characters`] }],
    });
  }
  return text.trim();
}

/**
 * Builds the command's envelope from the request: the Idempotency-Key header is the command id
 * (a retried request with the same key returns the first result); the actor is the person the
 * AuthenticationGuard recognised (bearer token, or the development headers when allowed).
 */
export const Envelope = createParamDecorator((_: unknown, context: ExecutionContext): CommandEnvelope => {
  const request = context.switchToHttp().getRequest();
  const principal = principalOf(request);
  const commandId = header(request, 'idempotency-key') ?? randomUUID();
  const correlationId = header(request, 'x-correlation-id') ?? commandId;
  return {
    commandId,
    correlationId,
    causationId: header(request, 'x-causation-id') ?? correlationId,
    actor: { id: principal.id, role: principal.role },
    principal,
  };
});

/** OpenAPI documentation of the headers every command accepts. */
export function ApiCommandHeaders(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'The command id. Sending the same key again returns the first result and appends nothing.',
    }),
    ApiHeader({
      name: 'X-Actor',
      required: false,
      description: 'DEVELOPMENT ONLY (ALLOW_DEV_HEADERS=true): id of the person acting, instead of a bearer token.',
    }),
    ApiHeader({
      name: 'X-Role',
      required: false,
      description: `DEVELOPMENT ONLY (ALLOW_DEV_HEADERS=true): role of the person acting, one of ${ROLES.join(', ')}.`,
    }),
    ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Groups related commands (default: the command id).' }),
  );
}
