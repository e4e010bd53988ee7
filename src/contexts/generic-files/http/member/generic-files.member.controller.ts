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
import { GenericFilesService } from '../../application/generic-files.service.js';
import { GenericFileViewResponse, toGenericFileViewResponse } from '../generic-file-view.response.js';
import { GenericFileResponse, toGenericFileResponse } from '../generic-file.response.js';

@MemberApi('Generic Files')
@Controller('member-api/v3/files')
export class GenericFilesMemberController {
  constructor(private readonly files: GenericFilesService) {}

  @Get()
  @Authorize('FileRead', 'GenericFile')
  @ApiOperation({ summary: 'List files', description: 'Filters: created_at__gteq/__lteq, identifier, institution_id, intellectual_object_id, intellectual_object_identifier, last_fixity_check__gteq/__lteq, size__gteq/__lteq, state, storage_option, storage_option__in (repeat the key for each value), updated_at__gteq/__lteq, uuid. Default sort updated_at__desc.' })
  @ApiListResponse(GenericFileViewResponse, 'One page of files')
  @ApiBadRequestResponse({ description: 'An unknown or malformed query parameter' })
  async list(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ListEnvelope<GenericFileViewResponse>> {
    const query = rawQueryString(request);
    const page = await this.files.list(actor, query);
    return toListEnvelope(mapPage(page, toGenericFileViewResponse), requestPath(request), query);
  }

  @Get('show/*')
  @Authorize('FileRead', 'GenericFile')
  @ApiOperation({ summary: 'Show a file', description: 'By numeric id or by identifier (institution.edu/bag_name/path/in/bag; percent-encode it). With its events (newest first), checksums (most recently recorded first) and storage records.' })
  @ApiParam({ name: '*', description: 'File id or identifier' })
  @ApiOkResponse({ type: GenericFileResponse })
  @ApiShowNotFound()
  async show(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource): Promise<GenericFileResponse> {
    return toGenericFileResponse(await this.files.getWithRelations(actor, resource));
  }
}
