import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, Put, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { AdminApi } from '../../../../shared/http/admin-api.decorators.js';
import { ApiListResponse } from '../../../../shared/http/list-envelope.response.js';
import { ApiShowNotFound } from '../../../../shared/http/member-api.decorators.js';
import { rawQueryString, requestPath } from '../../../../shared/http/raw-query.js';
import { fromWire } from '../../../../shared/http/wire-input.js';
import { mapPage, toListEnvelope, type ListEnvelope } from '../../../../shared/listing/index.js';
import { IntellectualObjectWritesService } from '../../application/intellectual-object-writes.service.js';
import { IntellectualObjectsService } from '../../application/intellectual-objects.service.js';
import { ObjectDeletionsService } from '../../application/object-deletions.service.js';
import { ObjectRestorationsService } from '../../application/object-restorations.service.js';
import { toNestedInstitutionResponse } from '../nested-institution.response.js';
import { toWorkItemResponse, WorkItemResponse } from '../../../work-items/index.js';
import { IntellectualObjectViewResponse, toIntellectualObjectViewResponse } from '../intellectual-object-view.response.js';
import { IntellectualObjectResponse, toIntellectualObjectResponse } from '../intellectual-object.response.js';
import { IntellectualObjectRequest, toIntellectualObjectWrite } from './intellectual-object.request.js';

@AdminApi()
@ApiTags('Intellectual Objects')
@Controller('admin-api/v3/objects')
export class IntellectualObjectsAdminController {
  constructor(
    private readonly objects: IntellectualObjectsService,
    private readonly writes: IntellectualObjectWritesService,
    private readonly restorations: ObjectRestorationsService,
    private readonly deletions: ObjectDeletionsService,
  ) {}

  @Get()
  @Authorize('IntellectualObjectRead', 'IntellectualObject')
  @ApiOperation({ summary: 'List objects', description: 'The same filters and sorts as the member API.' })
  @ApiListResponse(IntellectualObjectViewResponse, 'One page of objects')
  async list(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ListEnvelope<IntellectualObjectViewResponse>> {
    const query = rawQueryString(request);
    return toListEnvelope(mapPage(await this.objects.list(actor, query), toIntellectualObjectViewResponse), requestPath(request), query);
  }

  @Get('show/*')
  @Authorize('IntellectualObjectRead', 'IntellectualObject')
  @ApiOperation({ summary: 'Show an object by id or identifier' })
  @ApiParam({ name: 'path', type: String, description: 'Object id, or identifier (percent-encoded)' })
  @ApiOkResponse({ type: IntellectualObjectViewResponse })
  @ApiShowNotFound()
  async show(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource): Promise<IntellectualObjectViewResponse> {
    return toIntellectualObjectViewResponse(await this.objects.getView(actor, resource.id));
  }

  @Post('create/:institution_id')
  @Authorize('IntellectualObjectCreate', 'IntellectualObject')
  @ApiOperation({ summary: 'Create an object', description: 'The body id must be 0 and its institution_id the URL institution.' })
  @ApiCreatedResponse({ type: IntellectualObjectResponse })
  @ApiBadRequestResponse({ description: 'Id mismatch, a malformed body or a validation failure' })
  async create(@Param('institution_id', ParseIntPipe) institutionId: number, @Body() body: IntellectualObjectRequest): Promise<IntellectualObjectResponse> {
    const saved = await this.writes.create(institutionId, idsOf(body), toIntellectualObjectWrite(body));
    return toIntellectualObjectResponse(saved);
  }

  @Put('update/:id')
  @Authorize('IntellectualObjectUpdate', 'IntellectualObject')
  @ApiOperation({ summary: 'Update an object', description: 'Send the whole record. The storage option of an active object cannot change.' })
  @ApiOkResponse({ type: IntellectualObjectResponse })
  @ApiBadRequestResponse({ description: 'Id or institution mismatch, a malformed body or a validation failure' })
  async update(@AuthorizedResource() resource: LocatedResource, @Body() body: IntellectualObjectRequest): Promise<IntellectualObjectResponse> {
    return toIntellectualObjectResponse(await this.writes.update(resource.id, idsOf(body), toIntellectualObjectWrite(body)));
  }

  @Post('init_restore/:id')
  @HttpCode(201)
  @Authorize('IntellectualObjectRestore', 'IntellectualObject')
  @ApiOperation({
    summary: 'Restore an object',
    description: 'Creates a restoration work item (Glacier Restore for Glacier-only objects, otherwise Restore Object) for the caller and queues it to NSQ.',
  })
  @ApiParam({ name: 'id', description: 'Object id', schema: { type: 'integer', format: 'int64', minimum: 1 } })
  @ApiCreatedResponse({ type: WorkItemResponse })
  @ApiConflictResponse({ description: 'The object has pending work items, or it is deleted' })
  async initRestore(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource): Promise<WorkItemResponse> {
    return toWorkItemResponse(await this.restorations.restoreObject(actor, resource.id));
  }

  @Delete('delete/:id')
  @Authorize('IntellectualObjectDelete', 'IntellectualObject')
  @ApiOperation({
    summary: 'Mark an object deleted',
    description: 'Preserv calls this after deleting every file of an approved object deletion. Sets state D and records the deletion event.',
  })
  @ApiParam({ name: 'id', description: 'Object id', schema: { type: 'integer', format: 'int64', minimum: 1 } })
  @ApiOkResponse({ type: IntellectualObjectResponse, description: 'The deleted object, with its institution' })
  @ApiConflictResponse({
    description: 'A precondition failed: the object has active files, is already deleted, has no ingest event, has not passed its retention period, or has no approved Started Delete work item',
  })
  async delete(@AuthorizedResource() resource: LocatedResource): Promise<IntellectualObjectResponse> {
    const { object, institution } = await this.deletions.deleteObject(resource.id);
    return toIntellectualObjectResponse(object, institution && toNestedInstitutionResponse(institution));
  }
}

const idsOf = (body: { id?: number | null; institution_id?: number | null }) => ({ id: body.id ?? 0, institutionId: fromWire.num(body.institution_id) ?? 0 });
