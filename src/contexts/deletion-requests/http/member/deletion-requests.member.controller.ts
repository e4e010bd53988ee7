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
import { DeletionRequestsService } from '../../application/deletion-requests.service.js';
import { DeletionRequestViewResponse, toDeletionRequestViewResponse } from '../deletion-request-view.response.js';

@MemberApi('Deletion Requests')
@Controller('member-api/v3/deletions')
export class DeletionRequestsMemberController {
  constructor(private readonly deletions: DeletionRequestsService) {}

  @Get()
  @Authorize('DeletionRequestList', 'DeletionRequest')
  @ApiOperation({ summary: 'List deletion requests', description: 'Filters: institution_id, requested_at__gteq/__lteq. Default sort requested_at__desc.' })
  @ApiListResponse(DeletionRequestViewResponse, 'One page of deletion requests')
  @ApiBadRequestResponse({ description: 'An unknown or malformed query parameter (stage and status included: the view has no such columns)' })
  async list(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ListEnvelope<DeletionRequestViewResponse>> {
    const query = rawQueryString(request);
    const page = await this.deletions.list(actor, query);
    return toListEnvelope(mapPage(page, toDeletionRequestViewResponse), requestPath(request), query);
  }

  @Get('show/:id')
  @Authorize('DeletionRequestShow', 'DeletionRequest')
  @ApiOperation({ summary: 'Show a deletion request' })
  @ApiParam({ name: 'id', description: 'Deletion request id', schema: { type: 'integer', format: 'int64', minimum: 1 } })
  @ApiOkResponse({ type: DeletionRequestViewResponse })
  @ApiShowNotFound()
  async show(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource): Promise<DeletionRequestViewResponse> {
    return toDeletionRequestViewResponse(await this.deletions.getView(actor, resource.id));
  }
}
