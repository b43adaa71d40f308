import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Role, ROLES } from '@ciclo/domain';
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
 * (a retried request with the same key returns the first result), and until the authorization
 * issue lands the actor comes from the development headers X-Actor / X-Role.
 */
export const Envelope = createParamDecorator((_: unknown, context: ExecutionContext): CommandEnvelope => {
  const request = context.switchToHttp().getRequest();
  const role = header(request, 'x-role') ?? 'admin';
  if (!ROLES.includes(role as Role)) {
    throw new BadRequestException({
      message: 'Validation failed',
      errors: [{ field: 'x-role', reasons: [`x-role must be one of: ${ROLES.join(', ')}`] }],
    });
  }
  const commandId = header(request, 'idempotency-key') ?? randomUUID();
  const correlationId = header(request, 'x-correlation-id') ?? commandId;
  return {
    commandId,
    correlationId,
    causationId: header(request, 'x-causation-id') ?? correlationId,
    actor: { id: header(request, 'x-actor') ?? 'anonymous', role: role as Role },
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
      description: 'DEVELOPMENT ONLY: id of the person acting (default "anonymous"). Replaced by bearer tokens.',
    }),
    ApiHeader({
      name: 'X-Role',
      required: false,
      description: `DEVELOPMENT ONLY: role of the person acting, one of ${ROLES.join(', ')} (default "admin").`,
    }),
    ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Groups related commands (default: the command id).' }),
  );
}
