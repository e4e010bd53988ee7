import { Controller, Get, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { AdminApi } from '../../../../shared/http/admin-api.decorators.js';
import { ApiListResponse } from '../../../../shared/http/list-envelope.response.js';
import { ApiShowNotFound } from '../../../../shared/http/member-api.decorators.js';
import { rawQueryString, requestPath } from '../../../../shared/http/raw-query.js';
import { mapPage, toListEnvelope, type ListEnvelope } from '../../../../shared/listing/index.js';
import { DeletionRequestsService } from '../../application/deletion-requests.service.js';
import { DeletionRequestViewResponse, toDeletionRequestViewResponse } from '../deletion-request-view.response.js';
import { DeletionRequestMinResponse, toDeletionRequestMinResponse } from '../deletion-request.response.js';

@AdminApi()
@ApiTags('Deletion Requests')
@Controller('admin-api/v3/deletions')
export class DeletionRequestsAdminController {
  constructor(private readonly deletions: DeletionRequestsService) {}

  @Get()
  @Authorize('DeletionRequestList', 'DeletionRequest')
  @ApiOperation({ summary: 'List deletion requests', description: 'The same filters and sorts as the member API.' })
  @ApiListResponse(DeletionRequestViewResponse, 'One page of deletion requests')
  @ApiBadRequestResponse({ description: 'An unknown or malformed query parameter' })
  async list(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ListEnvelope<DeletionRequestViewResponse>> {
    const query = rawQueryString(request);
    return toListEnvelope(mapPage(await this.deletions.list(actor, query), toDeletionRequestViewResponse), requestPath(request), query);
  }

  @Get('show/:id')
  @Authorize('DeletionRequestShow', 'DeletionRequest')
  @ApiOperation({ summary: 'Show a deletion request', description: 'Requester, approver and canceller as {id, name, email}, with the files and objects to delete.' })
  @ApiParam({ name: 'id', description: 'Deletion request id', schema: { type: 'integer', format: 'int64', minimum: 1 } })
  @ApiOkResponse({ type: DeletionRequestMinResponse })
  @ApiShowNotFound()
  async show(@AuthorizedResource() resource: LocatedResource): Promise<DeletionRequestMinResponse> {
    return toDeletionRequestMinResponse(await this.deletions.getDetail(resource.id));
  }
}
