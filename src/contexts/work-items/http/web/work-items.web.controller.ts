import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isSysAdmin, type Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AlsoServes } from '../../../../shared/http/route-options.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { rawQueryString, requestPath } from '../../../../shared/http/raw-query.js';
import type { Page } from '../../../../shared/listing/index.js';
import { addFlash } from '../../../../shared/web/flash.js';
import { emptyForm, formFromError, type FormState } from '../../../../shared/web/form.js';
import { filterChips, filterValues, sortHeaders } from '../../../../shared/web/list-view.js';
import { paginationFor } from '../../../../shared/web/pagination.js';
import { formFields, redirectTo, renderPage } from '../../../../shared/web/web-response.js';
import { InstitutionsService } from '../../../institutions/index.js';
import { WorkItemAdminService } from '../../application/work-item-admin.service.js';
import type { WorkItemViewRow } from '../../application/work-item.read-model.js';
import { WorkItemWritesService } from '../../application/work-item-writes.service.js';
import { WorkItemsService } from '../../application/work-items.service.js';
import { ADMIN_EDIT_FIELDS, isMissingIngestObjectLink, requeueTopic, type AdminEditForm } from '../../domain/index.js';
import { InterimDataUnavailableError } from '../../infrastructure/redis/preserv-interim-data.store.js';
import {
  ACTION_CHOICES,
  offersRedisDelete,
  requeueForm,
  STAGE_CHOICES,
  STATUS_CHOICES,
  STORAGE_OPTION_CHOICES,
  toWorkItemViewModel,
  WORK_ITEM_FILTER_LABELS,
  WORK_ITEM_SORT_COLUMNS,
  YES_NO_CHOICES,
} from './work-item.view-model.js';
import { submitForm } from '../../../../shared/web/form-submission.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';

const DEFAULT_SORT = 'updated_at__desc';
const REDIS_LIST_SORT = 'date_processed__desc';
const MAIN_FILTERS = ['action', 'stage', 'status', 'institution_id', 'name', 'object_identifier', 'page', 'per_page', 'sort'];

/** The work item pages (api.md §3.3) and the sys admins' tools on them (workflows.md §3.7, §3.8, §9.2). */
@WebPages()
@Controller('work_items')
export class WorkItemsWebController {
  constructor(
    private readonly items: WorkItemsService,
    private readonly writes: WorkItemWritesService,
    private readonly admin: WorkItemAdminService,
    private readonly institutions: InstitutionsService,
  ) {}

  @Get()
  @Authorize('WorkItemRead', 'WorkItem')
  async index(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const query = rawQueryString(request);
    const page = await this.items.list(actor, query, { unknownParameters: 'ignore' });
    return this.indexPage(actor, request, reply, { pageTitle: 'Work Items', redis: false, page, sortDefault: DEFAULT_SORT });
  }

  /**
   * The work items that have interim data in Redis (at most 500), with the list's filters, newest
   * processed first, on one page; 503 with the reason when Redis is not configured or not reachable.
   */
  @Get('redis_list')
  @Authorize('RedisList', 'WorkItem')
  async redisList(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    let ids: number[];
    try {
      ids = await this.admin.itemIdsWithInterimData();
    } catch (error) {
      if (!(error instanceof InterimDataUnavailableError)) throw error;
      return this.indexPage(actor, request, reply, { pageTitle: 'Redis Data', redis: true, page: null, unavailable: error.message, sortDefault: REDIS_LIST_SORT }, 503);
    }
    const page = await this.items.listAmong(actor, rawQueryString(request), ids);
    return this.indexPage(actor, request, reply, { pageTitle: 'Redis Data', redis: true, page, sortDefault: REDIS_LIST_SORT });
  }

  @Get('show/:id')
  @Authorize('WorkItemRead', 'WorkItem')
  async show(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const item = toWorkItemViewModel(await this.items.getView(actor, resource.id));
    const sysAdmin = isSysAdmin(actor);
    return renderPage(reply, 'work_items/show', {
      pageTitle: 'Work Item Detail',
      item,
      sysAdmin,
      requeue: sysAdmin ? requeueForm(item) : null,
      nodeStatus: sysAdmin ? await this.admin.nodeStatus(item.node) : null,
      offersRedisDelete: sysAdmin && offersRedisDelete(item),
      // As in the reference, only sys admins are told that a successful ingest lacks its object link.
      missingObjectLink: sysAdmin && isMissingIngestObjectLink({ action: item.action, status: item.status, intellectualObjectId: item.intellectual_object_id }),
    });
  }

  @Get('edit/:id')
  @Authorize('WorkItemUpdate', 'WorkItem')
  async editForm(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const item = await this.items.getView(actor, resource.id);
    return this.formPage(actor, reply, resource.id, emptyForm(formValuesOf(item)));
  }

  @Post('edit/:id')
  @AlsoServes('PUT')
  @Authorize('WorkItemUpdate', 'WorkItem')
  async update(
    @CurrentActor() actor: Actor,
    @AuthorizedResource() resource: LocatedResource,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ): Promise<FastifyReply> {
    const fields = formFields(body);
    return submitForm(
      request,
      reply,
      () => this.admin.edit(resource.id, fields as AdminEditForm),
      () => ({ flash: 'The work item has been saved.', redirect: `/work_items/show/${resource.id}` }),
      (error) => this.formPage(actor, reply, resource.id, formFromError(fields, error, ADMIN_EDIT_FIELDS), 400),
    );
  }

  @Post('requeue/:id')
  @AlsoServes('PUT')
  @Authorize('WorkItemRequeue', 'WorkItem')
  async requeue(@AuthorizedResource() resource: LocatedResource, @Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown): Promise<FastifyReply> {
    const stage = formFields(body).Stage ?? '';
    const saved = await this.writes.requeue(resource.id, stage, { force: false });
    addFlash(request, 'success', `Item has been requeued to ${requeueTopic(saved.action, saved.stage) ?? stage}`);
    return redirectTo(reply, `/work_items/show/${resource.id}`, 303);
  }

  @Get('redis/:id')
  @Authorize('RedisRead', 'WorkItem')
  async redis(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const item = toWorkItemViewModel(await this.items.getView(actor, resource.id));
    try {
      const data = await this.admin.interimDataOf(item);
      return renderPage(reply, 'work_items/redis', { pageTitle: 'Redis Data', item, data, offersRedisDelete: offersRedisDelete(item) });
    } catch (error) {
      if (!(error instanceof InterimDataUnavailableError)) throw error;
      return renderPage(reply, 'work_items/redis', { pageTitle: 'Redis Data', item, unavailable: error.message }, 503);
    }
  }

  @Post('redis_delete/:id')
  @AlsoServes('DELETE')
  @Authorize('WorkItemRedisDelete', 'WorkItem')
  async redisDelete(
    @CurrentActor() actor: Actor,
    @AuthorizedResource() resource: LocatedResource,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    try {
      await this.writes.deleteInterimData(resource.id);
    } catch (error) {
      if (!(error instanceof InterimDataUnavailableError)) throw error;
      const item = toWorkItemViewModel(await this.items.getView(actor, resource.id));
      return renderPage(reply, 'work_items/redis', { pageTitle: 'Redis Data', item, unavailable: error.message }, 503);
    }
    addFlash(request, 'success', 'Redis data for this work item has been deleted.');
    return redirectTo(reply, `/work_items/show/${resource.id}`, 303);
  }

  /** The work items index (views/work_items/index.njk) for the list and the Redis list, which differ in title, paging and default sort. */
  private async indexPage(
    actor: Actor,
    request: FastifyRequest,
    reply: FastifyReply,
    list: { pageTitle: string; redis: boolean; page: Page<WorkItemViewRow> | null; unavailable?: string; sortDefault: string },
    status = 200,
  ): Promise<FastifyReply> {
    const query = rawQueryString(request);
    const path = requestPath(request);
    const institutions = await this.institutions.choicesFor(actor);
    const filters = filterValues(query);
    return renderPage(
      reply,
      'work_items/index',
      {
        pageTitle: list.pageTitle,
        listPath: list.redis ? '/work_items/redis_list' : '/work_items',
        redisList: list.redis,
        unavailable: list.unavailable ?? null,
        items: (list.page?.items ?? []).map(toWorkItemViewModel),
        pagination: list.page && !list.redis ? paginationFor(list.page, path, query) : null,
        count: list.page?.count ?? 0,
        sort: sortHeaders(path, query, WORK_ITEM_SORT_COLUMNS, list.sortDefault, ['date_processed', 'updated_at']),
        chips: filterChips(path, query, WORK_ITEM_FILTER_LABELS, {
          institution_id: (id) => institutions.find((i) => String(i.value) === id)?.label ?? id,
          needs_admin_review: (v) => (v === 'true' ? 'Yes' : 'No'),
          retry: (v) => (v === 'true' ? 'Yes' : 'No'),
        }),
        filters,
        moreFiltersOpen: Object.keys(filters).some((k) => !MAIN_FILTERS.includes(k)),
        actions: ACTION_CHOICES,
        stages: STAGE_CHOICES,
        statuses: STATUS_CHOICES,
        storageOptions: STORAGE_OPTION_CHOICES,
        yesNo: YES_NO_CHOICES,
        institutions,
        showInstitution: isSysAdmin(actor),
      },
      status,
    );
  }

  private async formPage(actor: Actor, reply: FastifyReply, id: number, form: FormState, status = 200): Promise<FastifyReply> {
    const item = toWorkItemViewModel(await this.items.getView(actor, id));
    const linkable = await this.admin.linkableObject({
      action: item.action, status: item.status, intellectualObjectId: item.intellectual_object_id, institutionId: item.institution_id, name: item.name, etag: item.etag,
    });
    return renderPage(
      reply,
      'work_items/form',
      {
        pageTitle: 'Edit Work Item',
        item,
        form,
        stages: STAGE_CHOICES,
        statuses: STATUS_CHOICES,
        objectChoices: linkable ? [{ value: '', label: 'None' }, { value: String(linkable.id), label: linkable.identifier }] : null,
      },
      status,
    );
  }

}

function formValuesOf(item: { stage: string | null; status: string | null; retry: boolean | null; needs_admin_review: boolean | null; note: string | null; node: string | null; pid: number | null; intellectual_object_id: number | null }): Record<string, string> {
  return {
    Stage: item.stage ?? '',
    Status: item.status ?? '',
    Retry: item.retry ? 'true' : 'false',
    NeedsAdminReview: item.needs_admin_review ? 'true' : 'false',
    Note: item.note ?? '',
    Node: item.node ?? '',
    PID: String(item.pid ?? 0),
    IntellectualObjectID: item.intellectual_object_id ? String(item.intellectual_object_id) : '',
  };
}
