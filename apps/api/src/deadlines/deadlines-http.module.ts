import { Module } from '@nestjs/common';
import { DeadlinesController } from './deadlines.controller';

/** GET /api/deadlines, /api/deadlines.ics and /api/notifications; the query bus is the app's. */
@Module({ controllers: [DeadlinesController] })
export class DeadlinesHttpModule {}
