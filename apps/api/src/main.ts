import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { configureApp } from './app-setup';
import { AppModule } from './app.module';
import { closeOnSignals } from './shutdown/close-on-signals';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(), { bodyParser: false, bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  configureApp(app);
  closeOnSignals(app, logger);
  const port = app.get(ConfigService).getOrThrow<number>('PORT');
  await app.listen(port);
  const url = `http://localhost:${port}`;
  logger.log(`Ciclo API listening on ${url} — OpenAPI at ${url}/api/docs`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
