import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

/**
 * Keeps the worker process alive until it is told to stop. A skeleton: the job queues that
 * give it work (deadline reminders) are not wired yet.
 */
@Injectable()
export class WorkerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private keepAlive?: NodeJS.Timeout;

  onApplicationBootstrap(): void {
    this.keepAlive = setInterval(() => undefined, 60_000);
    this.logger.log('Ciclo worker started (no job queues configured yet)');
  }

  onApplicationShutdown(signal?: string): void {
    if (this.keepAlive) clearInterval(this.keepAlive);
    this.logger.log(`Ciclo worker stopped${signal ? ` (${signal})` : ''}`);
  }
}
