import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post, Put, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
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
import { WorkItemWritesService } from '../../application/work-item-writes.service.js';
import { WorkItemsService } from '../../application/work-items.service.js';
import { toWorkItemViewResponse, WorkItemViewResponse } from '../work-item-view.response.js';
import { MessageResponse, okMessage, toWorkItemResponse, WorkItemResponse } from '../work-item.response.js';
import { isForced, toWorkItemWrite, WorkItemRequest, WorkItemRequeueRequest } from './work-item.request.js';

@AdminApi()
@ApiTags('Work Items')
@Controller('admin-api/v3/items')
export class WorkItemsAdminController {
  constructor(
    private readonly items: WorkItemsService,
    private readonly writes: WorkItemWritesService,
  ) {}

  @Get()
  @Authorize('WorkItemRead', 'WorkItem')
  @ApiOperation({ summary: 'List work items', description: 'The same filters and sorts as the member API.' })
  @ApiListResponse(WorkItemViewResponse, 'One page of work items')
  async list(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ListEnvelope<WorkItemViewResponse>> {
    const query = rawQueryString(request);
    return toListEnvelope(mapPage(await this.items.list(actor, query), toWorkItemViewResponse), requestPath(request), query);
  }

  @Get('show/:id')
  @Authorize('WorkItemRead', 'WorkItem', { routeFindsRecord: 'id' })
  @ApiOperation({ summary: 'Show a work item' })
  @ApiParam({ name: 'id', description: 'Work item id' })
  @ApiOkResponse({ type: WorkItemViewResponse })
  @ApiShowNotFound()
  async show(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource): Promise<WorkItemViewResponse> {
    return toWorkItemViewResponse(await this.items.getView(actor, resource.id));
  }

  @Post('create/:institution_id')
  @Authorize('WorkItemCreate', 'WorkItem')
  @ApiOperation({ summary: 'Create a work item', description: 'The body id must be 0 and its institution_id the URL institution. Zero values are stored as none.' })
  @ApiCreatedResponse({ type: WorkItemResponse })
  @ApiBadRequestResponse({ description: 'Id mismatch, a malformed body or a validation failure' })
  async create(@Param('institution_id', ParseIntPipe) institutionId: number, @Body() body: WorkItemRequest): Promise<WorkItemResponse> {
    return toWorkItemResponse(await this.writes.create(institutionId, idsOf(body), toWorkItemWrite(body)));
  }

  @Put('update/:id')
  @Authorize('WorkItemUpdate', 'WorkItem', { routeFindsRecord: 'id' })
  @ApiOperation({
    summary: 'Update a work item',
    description: 'Send the whole record: every field is overwritten except created_at. Concurrent updates of one item apply one after the other.',
  })
  @ApiParam({ name: 'id', description: 'Work item id' })
  @ApiOkResponse({ type: WorkItemResponse })
  @ApiBadRequestResponse({ description: 'Id or institution mismatch, a malformed body or a validation failure' })
  async update(@AuthorizedResource() resource: LocatedResource, @Body() body: WorkItemRequest): Promise<WorkItemResponse> {
    return toWorkItemResponse(await this.writes.update(resource, idsOf(body), toWorkItemWrite(body)));
  }

  @Put('requeue/:id')
  @Authorize('WorkItemRequeue', 'WorkItem')
  @ApiOperation({
    summary: 'Requeue a work item',
    description: 'Form field `stage`: resets the item to Pending at that stage and queues its id to the stage\'s NSQ topic. Completed items need `force=true`.',
  })
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiParam({ name: 'id', description: 'Work item id' })
  @ApiOkResponse({ type: MessageResponse, description: '{"StatusCode":200,"Message":"Requeued WorkItem <id> to <stage>"}' })
  @ApiBadRequestResponse({ description: 'item cannot be requeued to the specified stage' })
  @ApiConflictResponse({ description: 'completed items cannot be requeued (without force=true)' })
  async requeue(@AuthorizedResource() resource: LocatedResource, @Body() body: WorkItemRequeueRequest): Promise<MessageResponse> {
    await this.writes.requeue(resource.id, body.stage, { force: isForced(body) });
    return okMessage(`Requeued WorkItem ${resource.id} to ${body.stage}`);
  }

  @Delete('redis_delete/:id')
  @Authorize('WorkItemRedisDelete', 'WorkItem')
  @ApiOperation({ summary: "Delete a work item's interim data from Redis", description: 'Preserv then redoes the work from scratch.' })
  @ApiParam({ name: 'id', description: 'Work item id' })
  @ApiOkResponse({ type: MessageResponse, description: '{"StatusCode":200,"Message":"Deleted WorkItem <id> from Redis."}' })
  @ApiServiceUnavailableResponse({ description: 'Redis is not configured or cannot be reached' })
  async redisDelete(@AuthorizedResource() resource: LocatedResource): Promise<MessageResponse> {
    await this.writes.deleteInterimData(resource.id);
    return okMessage(`Deleted WorkItem ${resource.id} from Redis.`);
  }
}

const idsOf = (body: { id?: number | null; institution_id?: number | null }) => ({ id: body.id ?? 0, institutionId: fromWire.num(body.institution_id) ?? 0 });
