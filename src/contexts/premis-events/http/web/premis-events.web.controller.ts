import { Controller, Get, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isSysAdmin, type Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { rawQueryString, requestPath } from '../../../../shared/http/raw-query.js';
import { filterChips, filterValues, sortHeaders } from '../../../../shared/web/list-view.js';
import { paginationFor } from '../../../../shared/web/pagination.js';
import { renderPage } from '../../../../shared/web/web-response.js';
import { InstitutionsService } from '../../../institutions/index.js';
import { PremisEventsService } from '../../application/premis-events.service.js';
import {
  EVENT_FILTER_LABELS,
  EVENT_LEVEL_CHOICES,
  EVENT_SORT_COLUMNS,
  EVENT_TYPE_CHOICES,
  OUTCOME_CHOICES,
  toEventViewModel,
} from './premis-event.view-model.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';

const DEFAULT_SORT = 'date_time__desc';
const MAIN_FILTERS = ['event_type', 'outcome', 'institution_id', 'date_time__gteq', 'date_time__lteq', 'page', 'per_page', 'sort'];

/** The PREMIS event pages (api.md §3.3). */
@WebPages()
@Controller('events')
export class PremisEventsWebController {
  constructor(
    private readonly events: PremisEventsService,
    private readonly institutions: InstitutionsService,
  ) {}

  @Get()
  @Authorize('EventRead', 'PremisEvent')
  async index(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const query = rawQueryString(request);
    const path = requestPath(request);
    const [page, institutions] = await Promise.all([this.events.list(actor, query, { unknownParameters: 'ignore' }), this.institutions.choicesFor(actor)]);
    const filters = filterValues(query);
    return renderPage(reply, 'events/index', {
      pageTitle: 'PREMIS Events',
      events: page.items.map(toEventViewModel),
      pagination: paginationFor(page, path, query),
      sort: sortHeaders(path, query, EVENT_SORT_COLUMNS, DEFAULT_SORT, ['date_time']),
      chips: filterChips(path, query, EVENT_FILTER_LABELS, {
        institution_id: (id) => institutions.find((i) => String(i.value) === id)?.label ?? id,
        generic_file_id__is_null: (v) => EVENT_LEVEL_CHOICES.find((c) => c.value === v)?.label ?? v,
      }),
      filters: { ...filters, date_time__gteq: filters.date_time__gteq?.slice(0, 10), date_time__lteq: filters.date_time__lteq?.slice(0, 10) },
      moreFiltersOpen: Object.keys(filters).some((k) => !MAIN_FILTERS.includes(k)),
      eventTypes: EVENT_TYPE_CHOICES,
      outcomes: OUTCOME_CHOICES,
      levels: EVENT_LEVEL_CHOICES,
      institutions,
      showInstitution: isSysAdmin(actor),
    });
  }

  @Get('show/:id')
  @Authorize('EventRead', 'PremisEvent')
  async show(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const event = await this.events.getView(actor, resource.id);
    return renderPage(reply, 'events/show', { pageTitle: 'PREMIS Event Detail', event: toEventViewModel(event) });
  }

  /** The event's details as a modal fragment: the show page's body without the site layout. */
  @Get('show_xhr/:id')
  @Authorize('EventRead', 'PremisEvent')
  async showFragment(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const event = await this.events.getView(actor, resource.id);
    return renderPage(reply, 'events/show-modal', { event: toEventViewModel(event), headingTag: 'h2' });
  }
}
