import { Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../../../config/app-config.js';
import { APP_CONFIG } from '../../../../config/config.module.js';
import { AccessPolicy } from '../../../../shared/access/access-policy.js';
import { isSysAdmin, type Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { rawQueryString, requestPath } from '../../../../shared/http/raw-query.js';
import { nowTimestamp } from '../../../../shared/time/timestamp.js';
import { filterChips, filterValues, sortHeaders, STATE_OPTIONS, stateBadge } from '../../../../shared/web/list-view.js';
import { paginationFor } from '../../../../shared/web/pagination.js';
import { deleteConfirmation, restorationRequested, restoreConfirmation } from '../../../../shared/web/action-pages.js';
import { redirectTo, renderPage } from '../../../../shared/web/web-response.js';
import { GenericFilesService } from '../../../generic-files/index.js';
import { InstitutionsService } from '../../../institutions/index.js';
import { PremisEventsService } from '../../../premis-events/index.js';
import { IntellectualObjectsService } from '../../application/intellectual-objects.service.js';
import { ObjectRestorationsService } from '../../application/object-restorations.service.js';
import {
  ACCESS_CHOICES,
  hasPassedRetention,
  OBJECT_FILTER_LABELS,
  OBJECT_SORT_COLUMNS,
  objectActions,
  STORAGE_OPTION_CHOICES,
  toObjectDetailViewModel,
  toObjectListRow,
} from './intellectual-object.view-model.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';

const DEFAULT_SORT = 'updated_at__desc';
const FILES_PER_PAGE = '20';
const EVENTS_PER_PAGE = '5';
const IGNORE_UNKNOWN = { unknownParameters: 'ignore' } as const;

/** The object pages (api.md §3.3): list, detail with files, format breakdown and events, and restore (the deletion request posts to the deletion-requests context). */
@WebPages()
@Controller('objects')
export class IntellectualObjectsWebController {
  constructor(
    private readonly objects: IntellectualObjectsService,
    private readonly restorations: ObjectRestorationsService,
    private readonly files: GenericFilesService,
    private readonly events: PremisEventsService,
    private readonly institutions: InstitutionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Authorize('IntellectualObjectRead', 'IntellectualObject')
  async index(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const query = rawQueryString(request);
    const path = requestPath(request);
    const page = await this.objects.list(actor, query, IGNORE_UNKNOWN);
    // As the reference does: an exact identifier that names one object opens it.
    if (new URLSearchParams(query).get('identifier') && page.count === 1) return redirectTo(reply, `/objects/show/${page.items[0].id}`);
    const institutions = await this.institutions.choicesFor(actor);
    const institutionName = (id: string) => institutions.find((i) => String(i.value) === id)?.label ?? id;
    return renderPage(reply, 'objects/index', {
      pageTitle: 'Intellectual Objects',
      objects: page.items.map(toObjectListRow),
      pagination: paginationFor(page, path, query),
      sort: sortHeaders(path, query, OBJECT_SORT_COLUMNS, DEFAULT_SORT, ['updated_at', 'size', 'file_count']),
      chips: filterChips(path, query, OBJECT_FILTER_LABELS, {
        institution_id: institutionName,
        institution_parent_id: institutionName,
        state: (v) => stateBadge(v).label,
      }),
      filters: filterValues(query),
      moreFiltersOpen: Object.keys(filterValues(query)).some((k) => !['identifier__starts_with', 'state', 'storage_option', 'page', 'per_page', 'sort'].includes(k)),
      states: STATE_OPTIONS,
      storageOptions: STORAGE_OPTION_CHOICES,
      accessOptions: ACCESS_CHOICES,
      institutions,
      showInstitution: isSysAdmin(actor),
    });
  }

  @Get('show/:id')
  @Authorize('IntellectualObjectRead', 'IntellectualObject')
  async show(
    @CurrentActor() actor: Actor,
    @AuthorizedResource() resource: LocatedResource,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const query = rawQueryString(request);
    const params = new URLSearchParams(query);
    const path = requestPath(request);
    const [detail, fileList, eventList] = await Promise.all([
      this.objects.getDetail(actor, resource.id),
      this.fileList(actor, resource.id, path, query),
      // Two lists on one page: the events page by `events_page`, the files by `page`.
      this.eventList(actor, resource.id, path, query, 'events_page'),
    ]);
    const view = toObjectDetailViewModel(detail.object, detail.formatStats, this.config.retentionDays);
    const institutionId = detail.object.institution_id;
    const actions = objectActions({
      state: detail.object.state,
      hasPendingWork: detail.hasPendingWork,
      passedRetention: hasPassedRetention(detail.object, this.config.retentionDays, nowTimestamp()),
      earliestDeletion: view.earliestDeletionDate,
      mayRestore: AccessPolicy.hasPermission(actor, 'IntellectualObjectRestore', institutionId),
      mayRequestDelete: AccessPolicy.hasPermission(actor, 'IntellectualObjectRequestDelete', institutionId),
    });
    return renderPage(reply, 'objects/show', {
      pageTitle: 'Intellectual Object Detail',
      ...view,
      actions,
      hasPendingWork: detail.hasPendingWork,
      ...fileList,
      showDeletedHref: toggledStateHref(path, params, fileList.fileState === 'A' ? 'D' : 'A'),
      ...eventList,
    });
  }

  /** The object's file list as a fragment (`objects/_file_list`): `page`, `per_page` (20), `state` (A), `file_filter`. */
  @Get('files/:id')
  @Authorize('FileRead', 'IntellectualObject')
  async filesFragment(
    @CurrentActor() actor: Actor,
    @AuthorizedResource() resource: LocatedResource,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const [object, fileList] = await Promise.all([this.objects.getView(actor, resource.id), this.fileList(actor, resource.id, requestPath(request), rawQueryString(request))]);
    return renderPage(reply, 'objects/_file_list', { object, ...fileList });
  }

  /**
   * The object-level events as a fragment (`objects/_events`): `page`, `per_page` (5). Authorized
   * through the object the id names (the reference looked up a PREMIS event with the object's id).
   */
  @Get('events/:id')
  @Authorize('EventRead', 'IntellectualObject')
  async eventsFragment(
    @CurrentActor() actor: Actor,
    @AuthorizedResource() resource: LocatedResource,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const [object, eventList] = await Promise.all([this.objects.getView(actor, resource.id), this.eventList(actor, resource.id, requestPath(request), rawQueryString(request), 'page')]);
    return renderPage(reply, 'objects/_events', { object, ...eventList });
  }

  @Get('request_restore/:id')
  @Authorize('IntellectualObjectRestore', 'IntellectualObject')
  async requestRestore(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const object = await this.objects.getView(actor, resource.id);
    return renderPage(reply, 'modals/confirm-action', restoreConfirmation('object', object.identifier ?? String(object.id), `/objects/init_restore/${object.id}`, object.storage_option));
  }

  @Get('request_delete/:id')
  @Authorize('IntellectualObjectRequestDelete', 'IntellectualObject')
  async requestDelete(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const object = await this.objects.getView(actor, resource.id);
    return renderPage(reply, 'modals/confirm-action', deleteConfirmation('object', object.identifier ?? String(object.id), `/objects/init_delete/${object.id}`, object));
  }

  @Post('init_restore/:id')
  @Authorize('IntellectualObjectRestore', 'IntellectualObject')
  async initRestore(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const object = await this.objects.getView(actor, resource.id);
    const item = await this.restorations.restoreObject(actor, resource.id);
    return renderPage(reply, 'work_items/restoration-requested', restorationRequested('object', object.identifier ?? String(resource.id), item, `/objects/show/${resource.id}`), 201);
  }

  /** One page of the object's files: `state` A (default) or D, `file_filter` an identifier substring or an exact digest. */
  private async fileList(actor: Actor, objectId: number, path: string, query: string) {
    const params = new URLSearchParams(query);
    const fileState = params.get('state') === 'D' ? 'D' : 'A';
    const fileFilter = (params.get('file_filter') ?? '').trim();
    const fileQuery = new URLSearchParams({
      intellectual_object_id: String(objectId),
      state: fileState,
      page: params.get('page') ?? '1',
      per_page: params.get('per_page') ?? FILES_PER_PAGE,
      sort: 'identifier__asc',
    });
    const page = fileFilter ? await this.files.listMatching(actor, fileQuery, fileFilter) : await this.files.list(actor, fileQuery);
    return { files: page.items.map((f) => ({ ...f, stateBadge: stateBadge(f.state) })), filesPagination: paginationFor(page, path, query), fileState, fileFilter };
  }

  /** One page of the object-level events (no file), newest first; `pageParam` names the page number's parameter. */
  private async eventList(actor: Actor, objectId: number, path: string, query: string, pageParam: 'page' | 'events_page') {
    const params = new URLSearchParams(query);
    const perPage = pageParam === 'page' ? (params.get('per_page') ?? EVENTS_PER_PAGE) : EVENTS_PER_PAGE;
    const page = await this.events.list(actor, {
      intellectual_object_id: String(objectId),
      generic_file_id__is_null: 'true',
      page: params.get(pageParam) ?? '1',
      per_page: perPage,
      sort: 'created_at__desc',
    });
    return { events: page.items, eventsPagination: paginationFor(page, path, query, pageParam) };
  }
}

function toggledStateHref(path: string, params: URLSearchParams, state: 'A' | 'D'): string {
  const next = new URLSearchParams(params);
  next.delete('page');
  if (state === 'A') next.delete('state');
  else next.set('state', state);
  const query = next.toString();
  return query ? `${path}?${query}` : path;
}
