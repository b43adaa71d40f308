import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, ForbiddenError, OutOfOrderError, RuleViolationError } from '@ciclo/domain';
import { InvalidStreamNameError, WrongExpectedRevisionError } from '@ciclo/event-store';

export interface HttpError {
  status: number;
  body: Record<string, unknown>;
}

const logger = new Logger('ApiExceptionFilter');

/** Maps what commands and queries throw to the API's error contract: 400, 401, 403, 404, 409, 413, 429; 500 only for bugs. */
export function toHttpError(exception: unknown): HttpError {
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
  const bodyParserError = fromBodyParserError(exception);
  if (bodyParserError) return bodyParserError;
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

/** Errors raised by the JSON body parser before any route runs. */
export function fromBodyParserError(exception: unknown): HttpError | undefined {
  const error = exception as { type?: string; status?: number; limit?: number };
  if (error?.type === 'entity.too.large') {
    return {
      status: HttpStatus.PAYLOAD_TOO_LARGE,
      body: { statusCode: 413, error: 'Payload Too Large', message: `Request body exceeds the limit of ${error.limit} bytes` },
    };
  }
  if (error?.type === 'entity.parse.failed') {
    return { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Malformed JSON body' } };
  }
  if (typeof error?.status === 'number' && error.status >= 400 && error.status < 500) {
    return { status: error.status, body: { statusCode: error.status, error: 'Bad Request', message: String((exception as Error).message) } };
  }
  return undefined;
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const { status, body } = toHttpError(exception);
    host.switchToHttp().getResponse().status(status).json(body);
  }
}
