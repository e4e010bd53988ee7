import { Body, Controller, Get, Param, ParseIntPipe, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { AdminApi } from '../../../../shared/http/admin-api.decorators.js';
import { ApiListResponse } from '../../../../shared/http/list-envelope.response.js';
import { ApiShowNotFound } from '../../../../shared/http/member-api.decorators.js';
import { rawQueryString, requestPath } from '../../../../shared/http/raw-query.js';
import { WireBodyPipe } from '../../../../shared/http/wire-schema.js';
import { mapPage, toListEnvelope, type ListEnvelope } from '../../../../shared/listing/index.js';
import { FileChildrenWritesService } from '../../application/file-children-writes.service.js';
import { StorageRecordsService } from '../../application/storage-records.service.js';
import { StorageRecordResponse, toStorageRecordResponse } from '../storage-record.response.js';
import { storageRecordBodySchema, StorageRecordRequest, type StorageRecordBody, toStorageRecordWrite } from './generic-file.request.js';

@AdminApi()
@ApiTags('Storage Records')
@Controller('admin-api/v3/storage_records')
export class StorageRecordsAdminController {
  constructor(
    private readonly records: StorageRecordsService,
    private readonly writes: FileChildrenWritesService,
  ) {}

  @Get()
  @Authorize('StorageRecordRead', 'StorageRecord')
  @ApiOperation({ summary: 'List storage records', description: 'Filter: generic_file_id. Sorts: id, generic_file_id, url. Default sort id__desc.' })
  @ApiListResponse(StorageRecordResponse, 'One page of storage records')
  @ApiBadRequestResponse({ description: 'An unknown or malformed query parameter' })
  async list(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ListEnvelope<StorageRecordResponse>> {
    const query = rawQueryString(request);
    return toListEnvelope(mapPage(await this.records.list(actor, query), toStorageRecordResponse), requestPath(request), query);
  }

  @Get('show/:id')
  @Authorize('StorageRecordRead', 'StorageRecord')
  @ApiOperation({ summary: 'Show a storage record' })
  @ApiParam({ name: 'id', description: 'Storage record id' })
  @ApiOkResponse({ type: StorageRecordResponse })
  @ApiShowNotFound()
  async show(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource): Promise<StorageRecordResponse> {
    return toStorageRecordResponse(await this.records.get(actor, resource.id));
  }

  @Post('create/:institution_id')
  @Authorize('StorageRecordCreate', 'StorageRecord')
  @ApiOperation({ summary: 'Record a storage record', description: 'Insert-only. The file must belong to the URL institution.' })
  @ApiBody({ type: StorageRecordRequest })
  @ApiCreatedResponse({ type: StorageRecordResponse })
  @ApiBadRequestResponse({ description: "A malformed body, a validation failure, or another institution's file" })
  @ApiNotFoundResponse({ description: "The file does not exist: {\"StatusCode\":404,\"Error\":\"Can't save storage record. GenericFile <id> does not exist\"}" })
  @ApiResponse({ status: 405, description: 'The body has an id: {"StatusCode":405,"Error":"operation not supported"}' })
  async create(@Param('institution_id', ParseIntPipe) institutionId: number, @Body(new WireBodyPipe(storageRecordBodySchema)) body: StorageRecordBody): Promise<StorageRecordResponse> {
    return toStorageRecordResponse(await this.writes.createStorageRecord(institutionId, body.id ?? 0, toStorageRecordWrite(body)));
  }
}
