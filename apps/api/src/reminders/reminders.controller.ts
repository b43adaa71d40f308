import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiGatewayTimeoutResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { authorizeGrant, Principal, RECONCILE_REMINDERS_POLICY } from '@ciclo/domain';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ReminderControl } from './reminder-control.service';
import type { ReconcileResult } from './reminder-queues';

@ApiTags('deadlines')
@Controller('api/reminders')
export class RemindersController {
  constructor(private readonly control: ReminderControl) {}

  @Post('reconcile')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Compare the scheduled reminders with the calendar and repair them now (the worker also does it at every start)',
  })
  @ApiOkResponse({ description: '{deadlines, expected, added, removed, ms}: what the worker found and repaired' })
  @ApiServiceUnavailableResponse({ description: 'Redis is unavailable' })
  @ApiGatewayTimeoutResponse({ description: 'No worker answered in time' })
  reconcile(@CurrentPrincipal() principal: Principal): Promise<ReconcileResult> {
    authorizeGrant(principal, 'reconcile the reminders', RECONCILE_REMINDERS_POLICY);
    return this.control.reconcile();
  }
}
