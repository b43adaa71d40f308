import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { ApiExceptionFilter, fromBodyParserError } from './http/api-exception.filter';
import { findHostileContent } from './http/hostile-content';
import { refuseDeepJson } from './http/json-nesting';
import { createValidationPipe } from './http/validation-pipe';

export const BODY_LIMIT = '1mb';

/** Everything main.ts and the e2e tests share: security headers, body limits, validation, error mapping, OpenAPI. */
export function configureApp(app: NestExpressApplication): INestApplication {
  // no upgrade-insecure-requests: a comune may serve the API over plain HTTP inside its own network
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.useBodyParser('json', { limit: BODY_LIMIT, verify: refuseDeepJson });
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const mapped = fromBodyParserError(error);
    if (!mapped) return next(error);
    res.status(mapped.status).json(mapped.body);
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const hostile = findHostileContent(req.body);
    if (!hostile) return next();
    res.status(400).json({
      statusCode: 400,
      error: 'Bad Request',
      message: `Validation failed: ${hostile.reason}`,
      errors: [{ field: hostile.field, reasons: [hostile.reason] }],
    });
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());

  const openApi = new DocumentBuilder()
    .setTitle('Ciclo API')
    .setDescription(
      'Event-sourced ciclo della performance of Italian comuni: plans, centri, objectives, Giunta approval by delibera, ' +
        'monitoring, consuntivo, Nucleo di Valutazione validation, Relazione sulla Performance. Every command response ' +
        'carries the global `position` it was written at.\n\n' +
        'Every route except /api/health needs a bearer token (Authorization: Bearer <jwt>, HS256 or RS256) with the claims ' +
        '`sub`, `name`, `ente` (code, or a list for a Nucleo serving several comuni), `role` (segretario, responsabile, ' +
        'giunta, nucleo, admin, viewer) and, for a responsabile, `centri`. The README explains who may send which command. ' +
        'The X-Actor / X-Role / X-Ente / X-Centri headers work only when the server runs with ALLOW_DEV_HEADERS=true.',
    )
    .setVersion('0.2.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addSecurityRequirements('bearer')
    .addGlobalResponse(
      { status: 401, description: 'No token, or an expired, forged or malformed one (nothing is appended)' },
      { status: 403, description: "The caller's role, ente or centri do not allow it (nothing is appended)" },
      { status: 429, description: 'Too many failed authentications from this address; see Retry-After' },
    )
    .build();
  SwaggerModule.setup('api/docs', app, () => withPublicHealthChecks(SwaggerModule.createDocument(app, openApi)), {
    jsonDocumentUrl: 'api/docs-json',
  });
  return app;
}

/** The health checks answer without a token (orchestrators probe them): their operations say so. */
function withPublicHealthChecks(document: OpenAPIObject): OpenAPIObject {
  for (const [path, operations] of Object.entries(document.paths)) {
    if (!path.startsWith('/api/health')) continue;
    for (const operation of Object.values(operations)) {
      if (typeof operation === 'object' && operation !== null && 'responses' in operation) {
        operation.security = [];
        for (const status of ['401', '403', '429']) delete operation.responses[status];
      }
    }
  }
  return document;
}
