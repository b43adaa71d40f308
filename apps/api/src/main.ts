import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { configureApp } from './app-setup';
import { AppModule } from './app.module';
import { createHttpAdapter } from './http/http-adapter';
import { closeOnSignals } from './shutdown/close-on-signals';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(), createHttpAdapter(), {
    bodyParser: false,
    bufferLogs: true,
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  configureApp(app);
  closeOnSignals(app, logger);
  const port = app.get(ConfigService).getOrThrow<number>('PORT');
  // every interface, as Express listened: a container or a comune's server is reached from outside
  await app.listen(port, '0.0.0.0');
  const url = `http://localhost:${port}`;
  logger.log(`Ciclo API listening on ${url} — OpenAPI at ${url}/api/docs`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
