import { Injectable } from '@nestjs/common';
import { CommandHandler, CqrsModule, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type { Principal } from '@ciclo/domain';
import type { PlanSummary } from '@ciclo/projections';
import { configureApp } from '../../app-setup';
import { createHttpAdapter } from '../../http/http-adapter';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { principalFromDevHeaders } from '../../auth/dev-headers';
import { CommandResult } from '../../command-handling/command-result';
import { ExecutePlanCommand } from '../../command-handling/execute-plan-command';
import { ImportPlanCommand } from '../../command-handling/import-plan-command';
import { ExportPlanQuery, GetHistoryQuery, GetPlanQuery, ListPlansQuery } from '../../queries/plan-queries';
import { PlansHttpModule } from '../plans-http.module';

export const CREATED_PLAN_ID = 'a3bb189e-8bf9-5888-9912-ace4e6543002';
export const RECORDING_PRINCIPAL: Principal = { id: 'segretario.test', role: 'segretario', enti: 'all', centri: [] };

/** What reached the buses, in order. */
@Injectable()
export class Recorder {
  readonly messages: object[] = [];

  last<T>(type: new (...args: never[]) => T): T {
    const found = [...this.messages].reverse().find((message) => message instanceof type);
    if (!found) throw new Error(`no ${type.name} was sent; sent: ${this.messages.map((m) => m.constructor.name).join(', ')}`);
    return found as T;
  }
}

/** Stands in for the lead's PlanCommandHandler: records the message and answers like it does. */
@CommandHandler(ExecutePlanCommand)
class RecordingPlanCommandHandler implements ICommandHandler<ExecutePlanCommand, CommandResult> {
  constructor(private readonly recorder: Recorder) {}

  async execute(message: ExecutePlanCommand): Promise<CommandResult> {
    this.recorder.messages.push(message);
    return { planId: message.command.planId || CREATED_PLAN_ID, position: 7, revision: 3 };
  }
}

@CommandHandler(ImportPlanCommand)
class RecordingImportHandler implements ICommandHandler<ImportPlanCommand, CommandResult> {
  constructor(private readonly recorder: Recorder) {}

  async execute(message: ImportPlanCommand): Promise<CommandResult> {
    this.recorder.messages.push(message);
    return { planId: CREATED_PLAN_ID, position: 120, revision: 119 };
  }
}

/** Records the query and answers with its name: the read models are not the edge's business. */
@Injectable()
abstract class RecordingQueryHandler implements IQueryHandler<object, unknown> {
  constructor(private readonly recorder: Recorder) {}

  async execute(query: object): Promise<unknown> {
    this.recorder.messages.push(query);
    return { answeredBy: query.constructor.name };
  }
}

@QueryHandler(GetPlanQuery)
class RecordingGetPlanHandler extends RecordingQueryHandler {}
/** A list answers with no plans: the edge filters what it gets by the caller's enti. */
@QueryHandler(ListPlansQuery)
class RecordingListPlansHandler implements IQueryHandler<ListPlansQuery, PlanSummary[]> {
  constructor(private readonly recorder: Recorder) {}

  async execute(query: ListPlansQuery): Promise<PlanSummary[]> {
    this.recorder.messages.push(query);
    return [];
  }
}
@QueryHandler(GetHistoryQuery)
class RecordingHistoryHandler extends RecordingQueryHandler {}
@QueryHandler(ExportPlanQuery)
class RecordingExportHandler extends RecordingQueryHandler {}

const RECORDING_HANDLERS = [
  RecordingPlanCommandHandler,
  RecordingImportHandler,
  RecordingGetPlanHandler,
  RecordingListPlansHandler,
  RecordingHistoryHandler,
  RecordingExportHandler,
];

export interface RecordingApp {
  app: NestFastifyApplication;
  url: string;
  recorder: Recorder;
}

/**
 * PlansHttpModule with the app's real pipes, filter and body limit (configureApp), on a real
 * port, with handlers that record what the controllers send instead of deciding.
 */
export async function startRecordingApp(): Promise<RecordingApp> {
  const moduleRef = await Test.createTestingModule({
    imports: [CqrsModule.forRoot(), PlansHttpModule],
    providers: [Recorder, ...RECORDING_HANDLERS],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(), { bodyParser: false, logger: false });
  // stands in for the AuthenticationGuard: the person from the development headers, else a Segretario
  app.getHttpAdapter().getInstance().addHook('onRequest', async (request) => {
    (request as AuthenticatedRequest).principal = principalFromDevHeaders(request.headers) ?? RECORDING_PRINCIPAL;
  });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  return { app, url: await app.getUrl(), recorder: app.get(Recorder) };
}
