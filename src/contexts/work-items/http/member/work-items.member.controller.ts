import { Controller, Get, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { ApiListResponse } from '../../../../shared/http/list-envelope.response.js';
import { ApiShowNotFound, MemberApi } from '../../../../shared/http/member-api.decorators.js';
import { rawQueryString, requestPath } from '../../../../shared/http/raw-query.js';
import { mapPage, toListEnvelope, type ListEnvelope } from '../../../../shared/listing/index.js';
import { WorkItemsService } from '../../application/work-items.service.js';
import { toWorkItemViewResponse, WorkItemViewResponse } from '../work-item-view.response.js';

@MemberApi('Work Items')
@Controller('member-api/v3/items')
export class WorkItemsMemberController {
  constructor(private readonly items: WorkItemsService) {}

  @Get()
  @Authorize('WorkItemRead', 'WorkItem')
  @ApiOperation({
    summary: 'List work items',
    description:
      'Filters: action, action__in, alt_identifier, bag_date__gteq/__lteq, bag_group_identifier, bagit_profile_identifier, bucket, date_processed__gteq/__lteq, etag, ' +
      'generic_file_id, generic_file_id__is_null, generic_file_identifier, institution_id, intellectual_object_id, intellectual_object_id__is_null, name, needs_admin_review, ' +
      'node__is_null, node__not_null, object_identifier, queued_at__is_null, queued_at__not_null, retry, size__gteq/__lteq, stage, stage__in, status, status__in, storage_option, user. ' +
      '__in filters take the key once per value (action__in=Ingest&action__in=Delete). Default sort updated_at__desc.',
  })
  @ApiListResponse(WorkItemViewResponse, 'One page of work items')
  @ApiBadRequestResponse({ description: 'An unknown or malformed query parameter' })
  async list(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ListEnvelope<WorkItemViewResponse>> {
    const query = rawQueryString(request);
    const page = await this.items.list(actor, query);
    return toListEnvelope(mapPage(page, toWorkItemViewResponse), requestPath(request), query);
  }

  @Get('show/:id')
  @Authorize('WorkItemRead', 'WorkItem')
  @ApiOperation({ summary: 'Show a work item', description: 'By numeric id.' })
  @ApiParam({ name: 'id', description: 'Work item id' })
  @ApiOkResponse({ type: WorkItemViewResponse })
  @ApiShowNotFound()
  async show(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource): Promise<WorkItemViewResponse> {
    return toWorkItemViewResponse(await this.items.getView(actor, resource.id));
  }
}
