import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { ApiExceptionFilter, fromBodyParserError } from './http/api-exception.filter';
import { createValidationPipe } from './http/validation-pipe';

export const BODY_LIMIT = '1mb';

/** Everything main.ts and the e2e tests share: body limit, validation, error mapping, OpenAPI. */
export function configureApp(app: NestExpressApplication): INestApplication {
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const mapped = fromBodyParserError(error);
    if (!mapped) return next(error);
    res.status(mapped.status).json(mapped.body);
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());

  const openApi = new DocumentBuilder()
    .setTitle('Ciclo API')
    .setDescription(
      'Event-sourced ciclo della performance of Italian comuni: plans, centri, objectives, Giunta approval by delibera, ' +
        'monitoring, consuntivo, Nucleo di Valutazione validation, Relazione sulla Performance. Every command response ' +
        'carries the global `position` it was written at. X-Actor / X-Role headers are for development only.',
    )
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs-json',
  });
  return app;
}
