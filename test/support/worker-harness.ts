import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerLifecycle } from '../../apps/worker/src/worker-lifecycle';
import { WorkerModule } from '../../apps/worker/src/worker.module';

export interface WorkerHarness {
  app: INestApplicationContext;
  close(): Promise<void>;
}

/**
 * The worker in this process, as main.ts builds it, from these environment variables (set for the
 * duration of the build, then restored). Resolves once it has reconciled and delivers.
 */
export async function startWorker(env: Record<string, string>): Promise<WorkerHarness> {
  const previous = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  let app: INestApplicationContext;
  try {
    app = await NestFactory.createApplicationContext(WorkerModule.forRoot(), { logger: ['error', 'warn'] });
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  app.enableShutdownHooks();
  await app.get(WorkerLifecycle).ready;
  return { app, close: () => app.close() };
}
