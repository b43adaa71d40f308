import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { WorkerLifecycle } from './worker-lifecycle';

/** Background jobs. Reminders of deadlines (BullMQ on Redis) arrive with the reminders issue. */
@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, cache: true })],
  providers: [WorkerLifecycle],
})
export class WorkerModule {}
