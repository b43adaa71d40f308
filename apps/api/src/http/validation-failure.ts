import { BadRequestException } from '@nestjs/common';

/**
 * A 400 with the same body as the global ValidationPipe's (see validation-pipe.ts),
 * for what is checked outside a DTO: path parameters, "at least one field".
 */
export function validationFailure(field: string, reason: string): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: `Validation failed: ${field}: ${reason}`,
    errors: [{ field, reasons: [reason] }],
  });
}
