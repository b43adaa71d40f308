import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import { DomainError, ForbiddenError, OutOfOrderError, RuleViolationError } from '@ciclo/domain';
import { InvalidStreamNameError, WrongExpectedRevisionError } from '@ciclo/event-store';
import { BODY_LIMIT_BYTES } from './http-adapter';

export interface HttpError {
  status: number;
  body: Record<string, unknown>;
}

const logger = new Logger('ApiExceptionFilter');

/** Maps what commands and queries throw to the API's error contract: 400, 401, 403, 404, 409, 413, 415, 429; 500 only for bugs. */
export function toHttpError(exception: unknown): HttpError {
  const bodyReading = fromBodyReading(exception);
  if (bodyReading) return bodyReading;
  if (exception instanceof HttpException) {
    const response = exception.getResponse();
    const body = typeof response === 'string' ? { message: response } : (response as Record<string, unknown>);
    return { status: exception.getStatus(), body: { statusCode: exception.getStatus(), ...body } };
  }
  if (exception instanceof DomainError) return fromDomainError(exception);
  if (exception instanceof WrongExpectedRevisionError) {
    return conflict('The plan was changed by another command at the same time; send the command again', {
      rule: 'concurrent_change',
    });
  }
  if (exception instanceof InvalidStreamNameError) {
    return { status: 400, body: { statusCode: 400, error: 'Bad Request', message: exception.message } };
  }
  logger.error(exception instanceof Error ? exception.stack : String(exception));
  return { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' } };
}

function fromDomainError(error: DomainError): HttpError {
  if (error.kind === 'not_found') {
    return { status: 404, body: { statusCode: 404, error: 'Not Found', message: error.message } };
  }
  if (error instanceof ForbiddenError) {
    return {
      status: 403,
      body: { statusCode: 403, error: 'Forbidden', message: error.message, command: error.command, role: error.role },
    };
  }
  if (error instanceof OutOfOrderError) {
    return conflict(error.message, {
      rule: 'out_of_order',
      currentState: error.currentState,
      allowedCommands: error.allowedCommands,
    });
  }
  return conflict(error.message, { rule: error instanceof RuleViolationError ? error.rule : undefined });
}

function conflict(message: string, extra: Record<string, unknown>): HttpError {
  return { status: 409, body: { statusCode: 409, error: 'Conflict', message, ...extra } };
}

/**
 * Fastify refuses a body over the limit, or one that is not JSON, while reading it, before any route
 * runs; Nest hands that on as an HttpException with Fastify's status and a terse text. The API's
 * answer says what the limit is, or what to send instead.
 */
function fromBodyReading(exception: unknown): HttpError | undefined {
  if (!(exception instanceof HttpException)) return undefined;
  if (exception.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) {
    return {
      status: HttpStatus.PAYLOAD_TOO_LARGE,
      body: { statusCode: 413, error: 'Payload Too Large', message: `Request body exceeds the limit of ${BODY_LIMIT_BYTES} bytes` },
    };
  }
  if (exception.getStatus() === HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
    return {
      status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      body: { statusCode: 415, error: 'Unsupported Media Type', message: 'Send the body as JSON, with Content-Type: application/json' },
    };
  }
  return undefined;
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const { status, body } = toHttpError(exception);
    this.adapterHost.httpAdapter.reply(host.switchToHttp().getResponse(), body, status);
  }
}
