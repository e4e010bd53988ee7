import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isSysAdmin, type Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { rawQueryString, requestPath } from '../../../../shared/http/raw-query.js';
import { filterChips, filterValues, sortHeaders } from '../../../../shared/web/list-view.js';
import { paginationFor } from '../../../../shared/web/pagination.js';
import { formFields, renderPage } from '../../../../shared/web/web-response.js';
import { InstitutionsService } from '../../../institutions/index.js';
import { DeletionRequestsService } from '../../application/deletion-requests.service.js';
import { DELETION_FILTER_LABELS, DELETION_SORT_COLUMNS, toDeletionDetailViewModel, toDeletionListRow } from './deletion-request.view-model.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';

const DEFAULT_SORT = 'requested_at__desc';

/** The deletion-request pages (workflows.md §1.3–§1.5): the list, a request, and its emailed review link. */
@WebPages()
@Controller('deletions')
export class DeletionRequestsWebController {
  constructor(
    private readonly deletions: DeletionRequestsService,
    private readonly institutions: InstitutionsService,
  ) {}

  @Get()
  @Authorize('DeletionRequestList', 'DeletionRequest')
  async index(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const query = rawQueryString(request);
    const path = requestPath(request);
    // As api.md says: the index is `/deletions/`, and `/deletions` answers 301 there.
    if (!path.endsWith('/')) return reply.redirect(`${path}/${query ? `?${query}` : ''}`, 301);
    const [page, institutions] = await Promise.all([this.deletions.list(actor, query, { unknownParameters: 'ignore' }), this.institutions.choicesFor(actor)]);
    const filters = filterValues(query);
    return renderPage(reply, 'deletions/index', {
      pageTitle: 'Deletion Requests',
      deletions: page.items.map(toDeletionListRow),
      pagination: paginationFor(page, path, query),
      sort: sortHeaders(path, query, DELETION_SORT_COLUMNS, DEFAULT_SORT, ['requested_at']),
      chips: filterChips(path, query, DELETION_FILTER_LABELS, { institution_id: (id) => institutions.find((i) => String(i.value) === id)?.label ?? id }),
      filters: { ...filters, requested_at__gteq: filters.requested_at__gteq?.slice(0, 10), requested_at__lteq: filters.requested_at__lteq?.slice(0, 10) },
      institutions,
      sysAdmin: isSysAdmin(actor),
    });
  }

  @Get('show/:id')
  @Authorize('DeletionRequestShow', 'DeletionRequest')
  async show(@AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    return renderPage(reply, 'deletions/show', { pageTitle: 'Deletion Request', ...toDeletionDetailViewModel(await this.deletions.getDetail(resource.id)) });
  }

  @Get('review/:id')
  @Authorize('DeletionRequestApprove', 'DeletionRequest')
  async review(@AuthorizedResource() resource: LocatedResource, @Query('token') token: unknown, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const tokenText = typeof token === 'string' ? token : '';
    const view = toDeletionDetailViewModel(await this.deletions.getForReview(resource.id, tokenText));
    if (view.request.confirmed_at) return renderPage(reply, 'deletions/decided', { pageTitle: 'Review Deletion Request', ...view, outcome: 'already-approved' });
    if (view.request.cancelled_at) return renderPage(reply, 'deletions/decided', { pageTitle: 'Review Deletion Request', ...view, outcome: 'already-cancelled' });
    return renderPage(reply, 'deletions/review', { pageTitle: 'Review Deletion Request', ...view, token: tokenText });
  }

  @Post('approve/:id')
  @Authorize('DeletionRequestApprove', 'DeletionRequest')
  async approve(
    @CurrentActor() actor: Actor,
    @AuthorizedResource() resource: LocatedResource,
    @Body() body: unknown,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const view = toDeletionDetailViewModel(await this.deletions.approve(actor, resource.id, formFields(body).token ?? ''));
    return renderPage(reply, 'deletions/decided', { pageTitle: 'Deletion Request Approved', ...view, outcome: 'approved' });
  }

  @Post('cancel/:id')
  @Authorize('DeletionRequestApprove', 'DeletionRequest')
  async cancel(
    @CurrentActor() actor: Actor,
    @AuthorizedResource() resource: LocatedResource,
    @Body() body: unknown,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const view = toDeletionDetailViewModel(await this.deletions.cancel(actor, resource.id, formFields(body).token ?? ''));
    return renderPage(reply, 'deletions/decided', { pageTitle: 'Deletion Request Cancelled', ...view, outcome: 'cancelled' });
  }
}
