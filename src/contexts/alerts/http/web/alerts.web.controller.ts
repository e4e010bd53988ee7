import { Body, Controller, Get, Param, Post, Put, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isSysAdmin, type Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { rawQueryString, requestPath } from '../../../../shared/http/raw-query.js';
import { addFlash } from '../../../../shared/web/flash.js';
import { filterChips, filterValues, sortHeaders } from '../../../../shared/web/list-view.js';
import { paginationFor } from '../../../../shared/web/pagination.js';
import { setNavBadges } from '../../../../shared/web/web-locals.js';
import { redirectTo, renderPage } from '../../../../shared/web/web-response.js';
import { InstitutionsService } from '../../../institutions/index.js';
import { AlertReadMarksService, type ReadMarkResult } from '../../application/alert-read-marks.service.js';
import { AlertsService } from '../../application/alerts.service.js';
import { UserIdParamPipe } from '../user-id-param.pipe.js';
import { ALERT_FILTER_LABELS, ALERT_SORT_COLUMNS, ALERT_TYPE_CHOICES, alertIdsOf, returnPathFrom, toAlertViewModel } from './alert.view-model.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';
import { goJson } from '../../../../shared/http/go-json.js';

const DEFAULT_SORT = 'created_at__desc';
const NO_IDS = 'You must specify one or more alerts.';

/** The alert pages (workflows.md §7.4): the caller's alerts (a sys admin's: everyone's) and their read marks. */
@WebPages()
@Controller('alerts')
export class AlertsWebController {
  constructor(
    private readonly alerts: AlertsService,
    private readonly marks: AlertReadMarksService,
    private readonly institutions: InstitutionsService,
  ) {}

  @Get()
  @Authorize('AlertRead', 'Alert')
  async index(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const query = rawQueryString(request);
    const path = requestPath(request);
    const [page, institutions, unread] = await Promise.all([
      this.alerts.list(actor, query, { unknownParameters: 'ignore' }),
      this.institutions.choicesFor(actor),
      this.marks.unreadCount(actor),
    ]);
    const filters = filterValues(query);
    return renderPage(reply, 'alerts/index', {
      pageTitle: 'Alerts',
      alerts: page.items.map((row) => toAlertViewModel(row, actor.userId)),
      unread,
      pagination: paginationFor(page, path, query),
      sort: sortHeaders(path, query, ALERT_SORT_COLUMNS, DEFAULT_SORT, ['created_at']),
      chips: filterChips(path, query, ALERT_FILTER_LABELS, { institution_id: (id) => institutions.find((i) => String(i.value) === id)?.label ?? id }),
      filters: { ...filters, created_at__gteq: filters.created_at__gteq?.slice(0, 10), created_at__lteq: filters.created_at__lteq?.slice(0, 10) },
      types: ALERT_TYPE_CHOICES,
      institutions,
      sysAdmin: isSysAdmin(actor),
    });
  }

  @Get('show/:id/:user_id')
  @Authorize('AlertRead', 'Alert')
  async show(
    @CurrentActor() actor: Actor,
    @AuthorizedResource() resource: LocatedResource,
    @Param('user_id', UserIdParamPipe) userId: number,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    let alert = await this.alerts.getView(actor, resource.id, userId);
    // Only the recipient's own viewing marks the alert read; a sys admin looking at a copy does not.
    if (userId === actor.userId && alert.read_at === null) {
      await this.marks.markRead(actor, [resource.id]);
      alert = await this.alerts.getView(actor, resource.id, userId);
      setNavBadges(reply, await this.marks.badgesFor(actor));
    }
    return renderPage(reply, 'alerts/show', { pageTitle: 'Alert', alert: toAlertViewModel(alert, actor.userId) });
  }

  @Put('mark_as_read')
  @Authorize('AlertUpdate', 'Alert')
  markAsRead(@CurrentActor() actor: Actor, @Body() body: unknown, @Res() reply: FastifyReply): Promise<FastifyReply> {
    return this.mark(reply, body, (ids) => this.marks.markRead(actor, ids));
  }

  @Put('mark_as_unread')
  @Authorize('AlertUpdate', 'Alert')
  markAsUnread(@CurrentActor() actor: Actor, @Body() body: unknown, @Res() reply: FastifyReply): Promise<FastifyReply> {
    return this.mark(reply, body, (ids) => this.marks.markUnread(actor, ids));
  }

  @Post('mark_all_as_read')
  @Authorize('AlertUpdate', 'Alert')
  async markAllAsRead(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const count = await this.marks.markAllRead(actor);
    addFlash(request, 'success', count === 1 ? '1 alert has been marked as read.' : `${count} alerts have been marked as read.`);
    return redirectTo(reply, returnPathFrom(request.headers.referer, request.headers.host));
  }

  private async mark(reply: FastifyReply, body: unknown, apply: (ids: number[]) => Promise<ReadMarkResult>): Promise<FastifyReply> {
    const ids = alertIdsOf(body);
    if (ids === null) return sendJson(reply, 400, { succeeded: [], failed: [], error: 'Alert ids must be integers.' });
    if (ids.length === 0) return sendJson(reply, 400, { succeeded: [], failed: [], error: NO_IDS });
    return sendJson(reply, 200, { ...(await apply(ids)), error: '' });
  }

}

const sendJson = (reply: FastifyReply, status: number, body: object): FastifyReply =>
  reply.status(status).header('content-type', 'application/json; charset=utf-8').send(goJson(body));
