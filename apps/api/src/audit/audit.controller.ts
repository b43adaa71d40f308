import { Controller, Get, Header } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { TokenInQuery } from '../auth/public.decorator';
import { ApiIdParams, ApiReadModelResponses } from '../plans/routing/api-docs';
import { PLANS_ROUTE } from '../plans/routing/plans-route';
import { IdParam } from '../plans/routing/route-params';
import { GetAuditDossierQuery, VerifyPlanAuditQuery } from '../queries/audit-queries';
import { AuditDossier } from './audit-dossier';
import { renderDossierHtml } from './dossier-html';
import { PlanAuditVerification } from './plan-chains';

const CHAINS = 'the plan stream (plan-<planId>), its reminders (reminders-<planId>) and the ente\'s register of delibere (delibere-<ente>)';

/** The audit trail that proves itself: hash-chain verification and the dossier for the Nucleo's verbale. */
@ApiTags('audit')
@Controller(`${PLANS_ROUTE}/:planId/audit`)
export class AuditController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('verify')
  @ApiOperation({
    summary: 'Recompute the hash chains behind a plan from the store and report the first broken link of each',
    description: `Chains: ${CHAINS}. Each event's hash is sha256 over the previous hash of its stream and its own content.`,
  })
  @ApiIdParams('planId')
  @ApiOkResponse({
    description:
      '{ planId, intact, chains: [{ streamName, events, headHash, intact, firstBrokenLink?: { revision, position, eventId, type, ' +
      'storedHash, expectedHash, reason: content_changed | chain_link_broken | hash_missing | revision_gap } }] }',
  })
  @ApiBadRequestResponse({ description: 'planId is not a UUID' })
  @ApiNotFoundResponse({ description: 'No such plan' })
  verify(@IdParam('planId') planId: string): Promise<PlanAuditVerification> {
    return this.queryBus.execute(new VerifyPlanAuditQuery(planId));
  }

  @Get('dossier')
  @ApiReadModelResponses()
  @ApiOperation({ summary: "The audit dossier for the Nucleo's verbale, as JSON" })
  @ApiIdParams('planId')
  @ApiOkResponse({
    description:
      `{ planId, generatedAt, plan: { ente, year, triennio, status, approvedBy? }, intact, chains (as .../audit/verify), ` +
      `events: [{ streamName, position, revision, recordedAt, date, eventType, actor: { id, role }, commandType?, commandId, ` +
      `delibera?, subject?, hash }], warnings: the Nucleo's warnings }, over ${CHAINS}`,
  })
  @ApiBadRequestResponse({ description: 'planId is not a UUID' })
  @ApiNotFoundResponse({ description: 'No such plan' })
  dossier(@IdParam('planId') planId: string): Promise<AuditDossier> {
    return this.queryBus.execute(new GetAuditDossierQuery(planId));
  }

  @Get('dossier.html')
  @ApiReadModelResponses()
  @TokenInQuery()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({
    summary: "The audit dossier as a printable Italian HTML page (self-contained) for the Nucleo's verbale",
    description: 'Opens in a browser with the token as ?access_token=<jwt> (kept out of the request log).',
  })
  @ApiIdParams('planId')
  @ApiProduces('text/html')
  @ApiQuery({ name: 'access_token', required: false, description: 'the bearer token, to open the page in a browser' })
  @ApiOkResponse({
    description: 'The page: the plan, the verification with the head hash of each chain, the warnings, every event',
    content: { 'text/html': { schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({ description: 'planId is not a UUID' })
  @ApiNotFoundResponse({ description: 'No such plan' })
  async dossierHtml(@IdParam('planId') planId: string): Promise<string> {
    return renderDossierHtml(await this.queryBus.execute(new GetAuditDossierQuery(planId)));
  }
}
