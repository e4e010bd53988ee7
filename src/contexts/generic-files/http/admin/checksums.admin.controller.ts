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
import { ChecksumsService } from '../../application/checksums.service.js';
import { FileChildrenWritesService } from '../../application/file-children-writes.service.js';
import { ChecksumViewResponse, toChecksumViewResponse } from '../checksum-view.response.js';
import { ChecksumResponse, toChecksumResponse } from '../checksum.response.js';
import { checksumBodySchema, ChecksumRequest, type ChecksumBody, toChecksumWrite } from './generic-file.request.js';

@AdminApi()
@ApiTags('Checksums')
@Controller('admin-api/v3/checksums')
export class ChecksumsAdminController {
  constructor(
    private readonly checksums: ChecksumsService,
    private readonly writes: FileChildrenWritesService,
  ) {}

  @Get()
  @Authorize('ChecksumRead', 'Checksum')
  @ApiOperation({ summary: 'List checksums', description: 'The same filters and sorts as the member API.' })
  @ApiListResponse(ChecksumViewResponse, 'One page of checksums')
  @ApiBadRequestResponse({ description: 'An unknown or malformed query parameter' })
  async list(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ListEnvelope<ChecksumViewResponse>> {
    const query = rawQueryString(request);
    return toListEnvelope(mapPage(await this.checksums.list(actor, query), toChecksumViewResponse), requestPath(request), query);
  }

  @Get('show/:id')
  @Authorize('ChecksumRead', 'Checksum')
  @ApiOperation({ summary: 'Show a checksum' })
  @ApiParam({ name: 'id', description: 'Checksum id' })
  @ApiOkResponse({ type: ChecksumViewResponse })
  @ApiShowNotFound()
  async show(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource): Promise<ChecksumViewResponse> {
    return toChecksumViewResponse(await this.checksums.getView(actor, resource.id));
  }

  @Post('create/:institution_id')
  @Authorize('ChecksumCreate', 'Checksum')
  @ApiOperation({
    summary: 'Record a checksum',
    description: 'Checksums are insert-only. The file must belong to the URL institution. The response echoes datetime exactly as sent.',
  })
  @ApiBody({ type: ChecksumRequest })
  @ApiCreatedResponse({ type: ChecksumResponse })
  @ApiBadRequestResponse({ description: "A malformed body, a validation failure, or another institution's file" })
  @ApiNotFoundResponse({ description: "The file does not exist: {\"StatusCode\":404,\"Error\":\"Can't save checksum. GenericFile <id> does not exist\"}" })
  @ApiResponse({ status: 405, description: 'The body has an id: {"StatusCode":405,"Error":"operation not supported"}' })
  async create(@Param('institution_id', ParseIntPipe) institutionId: number, @Body(new WireBodyPipe(checksumBodySchema)) body: ChecksumBody): Promise<ChecksumResponse> {
    const saved = await this.writes.createChecksum(institutionId, body.id ?? 0, toChecksumWrite(body));
    return toChecksumResponse(saved, { datetime: body.datetime });
  }
}
