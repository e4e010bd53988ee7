import { Controller, Get, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
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
import { InstitutionsService } from '../../application/institutions.service.js';
import { InstitutionViewResponse, toInstitutionViewResponse } from '../institution-view.response.js';

@AdminApi()
@ApiTags('Institutions')
@Controller('admin-api/v3/institutions')
export class InstitutionsAdminController {
  constructor(private readonly institutions: InstitutionsService) {}

  @Get()
  @Authorize('InstitutionList', 'Institution')
  @ApiOperation({ summary: 'List institutions', description: 'Filters: name__contains, type. Default sort name__asc.' })
  @ApiListResponse(InstitutionViewResponse, 'One page of institutions')
  async list(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ListEnvelope<InstitutionViewResponse>> {
    const query = rawQueryString(request);
    return toListEnvelope(mapPage(await this.institutions.list(actor, query), toInstitutionViewResponse), requestPath(request), query);
  }

  @Get('show/:id')
  @Authorize('InstitutionRead', 'Institution')
  @ApiOperation({ summary: 'Show an institution by id or identifier (domain name)' })
  @ApiParam({ name: 'id', type: String })
  @ApiOkResponse({ type: InstitutionViewResponse })
  @ApiShowNotFound()
  async show(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource): Promise<InstitutionViewResponse> {
    return toInstitutionViewResponse(await this.institutions.getView(actor, resource.id));
  }
}
