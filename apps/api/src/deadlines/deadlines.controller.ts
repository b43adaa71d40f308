import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@ciclo/domain';
import { PlanReadModel, type DeadlineView, type Notification } from '@ciclo/projections';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { TokenInQuery } from '../auth/public.decorator';
import { ofOwnEnti } from '../auth/visibility';
import type { FastifyReply } from 'fastify';
import { ListDeadlinesQuery, ListNotificationsQuery } from '../queries/deadline-queries';
import { validationFailure } from '../http/validation-failure';
import { ApiReadModelResponses } from '../plans/routing/api-docs';
import { deadlinesCalendar } from './deadlines-calendar';
import { DeadlinesCalendarQueryDto } from './dto/deadlines-calendar.query.dto';
import { ListDeadlinesQueryDto } from './dto/list-deadlines.query.dto';
import { ListNotificationsQueryDto } from './dto/list-notifications.query.dto';

/** The deadline calendar (statutory, objective and procedural deadlines) and the reminders inbox. */
@ApiTags('deadlines')
@Controller('api')
export class DeadlinesController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly config: ConfigService,
    private readonly plans: PlanReadModel,
  ) {}

  @Get('deadlines')
  @ApiReadModelResponses()
  @ApiOperation({ summary: 'List deadlines by due date, with what they are, owners, status today and the events they came from' })
  @ApiOkResponse({ description: 'Deadlines: deadlineId, kind, title, owners, dueDate, status (open, met, missed, cancelled), moves, sources' })
  @ApiBadRequestResponse({ description: 'A filter is malformed, or from is after to' })
  async list(@Query() query: ListDeadlinesQueryDto, @CurrentPrincipal() principal: Principal): Promise<DeadlineView[]> {
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
      throw validationFailure('from', 'from must not be after to');
    }
    const deadlines: DeadlineView[] = await this.queryBus.execute(new ListDeadlinesQuery({ ...query }));
    return ofOwnEnti(principal, deadlines, (deadline) => deadline.ente.code);
  }

  @Get('deadlines.ics')
  @ApiReadModelResponses()
  @TokenInQuery()
  @Header('content-type', 'text/calendar; charset=utf-8')
  @ApiOperation({ summary: "An owner's deadlines as an iCalendar feed to subscribe to (Outlook, Google Calendar)" })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar: one all-day event per deadline, its UID the deadline id' })
  @ApiBadRequestResponse({ description: 'owner is missing' })
  async calendar(
    @Query() query: DeadlinesCalendarQueryDto,
    @Res({ passthrough: true }) response: FastifyReply,
    @CurrentPrincipal() principal: Principal,
  ): Promise<string> {
    const all: DeadlineView[] = await this.queryBus.execute(new ListDeadlinesQuery({ owner: query.owner }));
    const deadlines = ofOwnEnti(principal, all, (deadline) => deadline.ente.code);
    const file = `scadenze-${query.owner.replace(/[^A-Za-z0-9._-]/g, '_')}.ics`;
    response.header('content-disposition', `inline; filename="${file}"`);
    return deadlinesCalendar(deadlines, query.owner, this.config.getOrThrow<string>('PUBLIC_URL'));
  }

  @Get('notifications')
  @ApiReadModelResponses()
  @ApiOperation({ summary: "A person's in-app inbox: the reminders delivered to them, newest first" })
  @ApiOkResponse({ description: 'Notifications: deadline, kind (before-30d, on-day, escalation-n...), subject and text in Italian, when' })
  @ApiBadRequestResponse({ description: 'recipient is missing' })
  async notifications(@Query() query: ListNotificationsQueryDto, @CurrentPrincipal() principal: Principal): Promise<Notification[]> {
    const filter = { recipient: query.recipient, channel: query.channel ?? 'inbox' } as const;
    const notifications: Notification[] = await this.queryBus.execute(new ListNotificationsQuery(filter));
    const enteOfPlan = new Map<string, string | undefined>();
    return ofOwnEnti(principal, notifications, ({ planId }) => {
      if (!enteOfPlan.has(planId)) enteOfPlan.set(planId, this.plans.get(planId)?.ente.code);
      return enteOfPlan.get(planId);
    });
  }
}
