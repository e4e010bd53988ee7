import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccessPolicy } from '../../../../shared/access/access-policy.js';
import { isSysAdmin, type Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { rawQueryString, requestPath } from '../../../../shared/http/raw-query.js';
import { filterChips, filterValues, sortHeaders, STATE_OPTIONS, stateBadge } from '../../../../shared/web/list-view.js';
import { paginationFor } from '../../../../shared/web/pagination.js';
import { deleteConfirmation, restorationRequested, restoreConfirmation } from '../../../../shared/web/action-pages.js';
import { renderPage } from '../../../../shared/web/web-response.js';
import { InstitutionsService } from '../../../institutions/index.js';
import { PremisEventsService } from '../../../premis-events/index.js';
import { ChecksumsService } from '../../application/checksums.service.js';
import { FileRestorationsService } from '../../application/file-restorations.service.js';
import { GenericFilesService } from '../../application/generic-files.service.js';
import { StorageRecordsService } from '../../application/storage-records.service.js';
import { FILE_FILTER_LABELS, FILE_SORT_COLUMNS, fileDeleteAction, fileRestoreAction, STORAGE_OPTION_CHOICES, toFileListRow } from './generic-file.view-model.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';

const DEFAULT_SORT = 'updated_at__desc';
const EVENTS_PER_PAGE = '10';
const MAIN_FILTERS = ['identifier', 'state', 'storage_option', 'page', 'per_page', 'sort'];

/** The file pages (api.md §3.3): list, detail with checksums, storage records and events, and restore. */
@WebPages()
@Controller('files')
export class GenericFilesWebController {
  constructor(
    private readonly files: GenericFilesService,
    private readonly checksums: ChecksumsService,
    private readonly storageRecords: StorageRecordsService,
    private readonly restorations: FileRestorationsService,
    private readonly events: PremisEventsService,
    private readonly institutions: InstitutionsService,
  ) {}

  @Get()
  @Authorize('FileRead', 'GenericFile')
  async index(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const query = rawQueryString(request);
    const path = requestPath(request);
    const [page, institutions] = await Promise.all([this.files.list(actor, query, { unknownParameters: 'ignore' }), this.institutions.choicesFor(actor)]);
    const filters = filterValues(query);
    return renderPage(reply, 'files/index', {
      pageTitle: 'Generic Files',
      files: page.items.map(toFileListRow),
      pagination: paginationFor(page, path, query),
      sort: sortHeaders(path, query, FILE_SORT_COLUMNS, DEFAULT_SORT, ['updated_at', 'size', 'last_fixity_check']),
      chips: filterChips(path, query, FILE_FILTER_LABELS, {
        institution_id: (id) => institutions.find((i) => String(i.value) === id)?.label ?? id,
        state: (v) => stateBadge(v).label,
      }),
      filters,
      moreFiltersOpen: Object.keys(filters).some((k) => !MAIN_FILTERS.includes(k)),
      states: STATE_OPTIONS,
      storageOptions: STORAGE_OPTION_CHOICES,
      institutions,
      showInstitution: isSysAdmin(actor),
    });
  }

  @Get('show/:id')
  @Authorize('FileRead', 'GenericFile')
  async show(
    @CurrentActor() actor: Actor,
    @AuthorizedResource() resource: LocatedResource,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const query = rawQueryString(request);
    const fileId = String(resource.id);
    const [file, checksums, storageRecords, eventPage, hasPendingWork] = await Promise.all([
      this.files.getView(actor, resource.id),
      this.checksums.list(actor, { generic_file_id: fileId, per_page: '1000', sort: 'datetime__desc' }),
      this.storageRecords.list(actor, { generic_file_id: fileId, per_page: '1000', sort: 'id__asc' }),
      this.events.list(actor, { generic_file_id: fileId, page: new URLSearchParams(query).get('events_page') ?? '1', per_page: EVENTS_PER_PAGE, sort: 'date_time__desc' }),
      this.restorations.hasPendingWork(resource.id),
    ]);
    return renderPage(reply, 'files/show', {
      pageTitle: 'Generic File Detail',
      file,
      state: stateBadge(file.state),
      checksums: checksums.items,
      storageRecords: storageRecords.items,
      events: eventPage.items,
      eventsPagination: paginationFor(eventPage, requestPath(request), query, 'events_page'),
      restore: fileRestoreAction(file, AccessPolicy.hasPermission(actor, 'FileRestore', file.institution_id), hasPendingWork),
      requestDelete: fileDeleteAction(file, AccessPolicy.hasPermission(actor, 'FileRequestDelete', file.institution_id), hasPendingWork),
    });
  }

  @Get('request_restore/:id')
  @Authorize('FileRestore', 'GenericFile')
  async requestRestore(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const file = await this.files.getView(actor, resource.id);
    return renderPage(reply, 'modals/confirm-action', restoreConfirmation('file', file.identifier ?? String(file.id), `/files/init_restore/${file.id}`, file.storage_option));
  }

  @Get('request_delete/:id')
  @Authorize('FileRequestDelete', 'GenericFile')
  async requestDelete(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const file = await this.files.getView(actor, resource.id);
    return renderPage(reply, 'modals/confirm-action', deleteConfirmation('file', file.identifier ?? String(file.id), `/files/init_delete/${file.id}`));
  }

  @Post('init_restore/:id')
  @Authorize('FileRestore', 'GenericFile')
  async initRestore(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const file = await this.files.getView(actor, resource.id);
    const item = await this.restorations.restoreFile(actor, resource.id);
    const identifier = file.identifier ?? String(resource.id);
    const queued = { kind: 'success', text: `File ${identifier} has been queued for restoration.` } as const;
    return renderPage(reply, 'work_items/restoration-requested', restorationRequested('file', identifier, item, `/files/show/${resource.id}`), 201, queued);
  }
}
