import { HttpAdapterHost } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { ApiExceptionFilter } from './http/api-exception.filter';
import { parseJsonBody } from './http/json-body-parser';
import { createValidationPipe } from './http/validation-pipe';

/**
 * Everything main.ts and the e2e tests share: security headers, the JSON body parser and its
 * limits, validation, error mapping, OpenAPI. The app is created with createHttpAdapter() and
 * `bodyParser: false` (this parser replaces Nest's).
 */
export function configureApp(app: NestFastifyApplication): NestFastifyApplication {
  // no upgrade-insecure-requests: a comune may serve the API over plain HTTP inside its own network.
  // helmet itself, built once: @fastify/helmet builds it again for every request (11 KB and ~0.1 ms each)
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  // JSON only: any other body (Fastify also reads text/plain by default) is a 415
  app.getHttpAdapter().getInstance().removeAllContentTypeParsers();
  // the body limit is the adapter's (createHttpAdapter)
  app.useBodyParser('application/json', {}, parseJsonBody);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter(app.get(HttpAdapterHost)));

  const openApi = new DocumentBuilder()
    .setTitle('Ciclo API')
    .setDescription(
      'Event-sourced ciclo della performance of Italian comuni: plans, centri, objectives, Giunta approval by delibera, ' +
        'monitoring, consuntivo, Nucleo di Valutazione validation, Relazione sulla Performance. Every command response ' +
        'carries the global `position` it was written at. Request bodies are JSON (Content-Type: application/json, ' +
        'else 415) of at most 1 MB (else 413).\n\n' +
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
