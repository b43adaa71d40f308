import { Injectable, Logger } from '@nestjs/common';

/**
 * Terminus logs every failed check as an error; a readiness probe that says "not yet" (read models
 * catching up, Redis away) is a warning. Goes through the app's logger (pino in main.ts).
 */
@Injectable()
export class HealthCheckLogger extends Logger {
  constructor() {
    super('HealthCheck');
  }

  override error(message: unknown): void {
    this.warn(message);
  }
}
