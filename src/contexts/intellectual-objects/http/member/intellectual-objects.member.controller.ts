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
import { IntellectualObjectsService } from '../../application/intellectual-objects.service.js';
import { IntellectualObjectViewResponse, toIntellectualObjectViewResponse } from '../intellectual-object-view.response.js';

@MemberApi('Intellectual Objects')
@Controller('member-api/v3/objects')
export class IntellectualObjectsMemberController {
  constructor(private readonly objects: IntellectualObjectsService) {}

  @Get()
  @Authorize('IntellectualObjectRead', 'IntellectualObject')
  @ApiOperation({ summary: 'List objects', description: 'Filters: access, alt_identifier(__starts_with), bag_group_identifier(__starts_with), bag_name, bagit_profile_identifier, created_at__gteq/__lteq, etag, file_count__gteq/__lteq, identifier(__starts_with), institution_id, institution_parent_id, internal_sender_description, internal_sender_identifier, size__gteq/__lteq, source_organization, state, storage_option, updated_at__gteq/__lteq. Default sort updated_at__desc.' })
  @ApiListResponse(IntellectualObjectViewResponse, 'One page of objects')
  @ApiBadRequestResponse({ description: 'An unknown or malformed query parameter' })
  async list(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ListEnvelope<IntellectualObjectViewResponse>> {
    const query = rawQueryString(request);
    const page = await this.objects.list(actor, query);
    return toListEnvelope(mapPage(page, toIntellectualObjectViewResponse), requestPath(request), query);
  }

  @Get('show/*')
  @Authorize('IntellectualObjectRead', 'IntellectualObject')
  @ApiOperation({ summary: 'Show an object', description: 'By numeric id or by identifier (institution.edu/bag_name; percent-encode it).' })
  @ApiParam({ name: 'path', type: String, description: 'Object id, or identifier (institution.edu/bag_name, percent-encoded)' })
  @ApiOkResponse({ type: IntellectualObjectViewResponse })
  @ApiShowNotFound()
  async show(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource): Promise<IntellectualObjectViewResponse> {
    return toIntellectualObjectViewResponse(await this.objects.getView(actor, resource.id));
  }
}
