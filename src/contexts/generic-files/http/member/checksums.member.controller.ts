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
import { ChecksumsService } from '../../application/checksums.service.js';
import { ChecksumViewResponse, toChecksumViewResponse } from '../checksum-view.response.js';

@MemberApi('Checksums')
@Controller('member-api/v3/checksums')
export class ChecksumsMemberController {
  constructor(private readonly checksums: ChecksumsService) {}

  @Get()
  @Authorize('ChecksumRead', 'Checksum')
  @ApiOperation({ summary: 'List checksums', description: 'Filters: algorithm, datetime__gteq/__lteq, digest, generic_file_id, generic_file_identifier, institution_id, intellectual_object_id, state (of the file). Default sort datetime__desc.' })
  @ApiListResponse(ChecksumViewResponse, 'One page of checksums')
  @ApiBadRequestResponse({ description: 'An unknown or malformed query parameter' })
  async list(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ListEnvelope<ChecksumViewResponse>> {
    const query = rawQueryString(request);
    const page = await this.checksums.list(actor, query);
    return toListEnvelope(mapPage(page, toChecksumViewResponse), requestPath(request), query);
  }

  @Get('show/:id')
  @Authorize('ChecksumRead', 'Checksum')
  @ApiOperation({ summary: 'Show a checksum', description: 'By numeric id.' })
  @ApiParam({ name: 'id', description: 'Checksum id' })
  @ApiOkResponse({ type: ChecksumViewResponse })
  @ApiShowNotFound()
  async show(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource): Promise<ChecksumViewResponse> {
    return toChecksumViewResponse(await this.checksums.getView(actor, resource.id));
  }
}
