import { Body, Controller, Get, Param, ParseIntPipe, Post, Put, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, getSchemaPath, ApiExtraModels } from '@nestjs/swagger';
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
import { GenericFileWritesService } from '../../application/generic-file-writes.service.js';
import { GenericFilesService } from '../../application/generic-files.service.js';
import { GenericFileResponse, toGenericFileResponse } from '../generic-file.response.js';
import { WireArrayBodyPipe, WireBodyPipe } from '../../../../shared/http/wire-schema.js';
import { genericFileBodySchema, GenericFileRequest, toFileSubmission, type GenericFileBody } from './generic-file.request.js';

/** The batch create's answer: the list envelope with every saved file, and no other pages. */
export interface FileBatchResponse {
  readonly count: number;
  readonly next: '';
  readonly previous: '';
  readonly results: GenericFileResponse[];
}

@AdminApi()
@ApiTags('Generic Files')
@ApiExtraModels(GenericFileResponse)
@Controller('admin-api/v3/files')
export class GenericFilesAdminController {
  constructor(
    private readonly files: GenericFilesService,
    private readonly writes: GenericFileWritesService,
  ) {}

  @Get()
  @Authorize('FileRead', 'GenericFile')
  @ApiOperation({
    summary: 'List files with their relations',
    description: 'The member API\'s filters and sorts; each result is a full GenericFile with its events, checksums and storage records.',
  })
  @ApiListResponse(GenericFileResponse, 'One page of files')
  @ApiBadRequestResponse({ description: 'An unknown or malformed query parameter' })
  async list(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ListEnvelope<GenericFileResponse>> {
    const query = rawQueryString(request);
    return toListEnvelope(mapPage(await this.files.listFull(actor, query), toGenericFileResponse), requestPath(request), query);
  }

  @Get('show/*')
  @Authorize('FileRead', 'GenericFile', { routeFindsRecord: 'id-or-identifier' })
  @ApiOperation({ summary: 'Show a file with its relations', description: 'By numeric id or by identifier (percent-encoded).' })
  @ApiParam({ name: '*', description: 'File id or identifier' })
  @ApiOkResponse({ type: GenericFileResponse })
  @ApiShowNotFound()
  async show(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource): Promise<GenericFileResponse> {
    return toGenericFileResponse(await this.files.getWithRelations(actor, resource));
  }

  @Post('create/:institution_id')
  @Authorize('FileCreate', 'GenericFile')
  @ApiOperation({
    summary: 'Create a file',
    description: 'The body id must be 0 and its institution_id the URL institution. Nested checksums, storage records and events ' +
      'without an id are inserted with the file, in one transaction.',
  })
  @ApiBody({ type: GenericFileRequest })
  @ApiCreatedResponse({ type: GenericFileResponse })
  @ApiBadRequestResponse({ description: 'Id or institution mismatch, a malformed body or a validation failure' })
  @ApiConflictResponse({ description: 'The identifier or uuid is taken' })
  async create(@Param('institution_id', ParseIntPipe) institutionId: number, @Body(new WireBodyPipe(genericFileBodySchema)) body: GenericFileBody): Promise<GenericFileResponse> {
    return toGenericFileResponse(await this.writes.create(institutionId, toFileSubmission(body)));
  }

  @Post('create_batch/:institution_id')
  @Authorize('FileCreate', 'GenericFile')
  @ApiOperation({
    summary: 'Create files in one transaction',
    description: 'A JSON array of GenericFile bodies (about 100 at a time), all of the URL institution. All or nothing: any error ' +
      'names the file by its index (files[3].UUID: …) and nothing is written. A file with an id updates that file.',
  })
  @ApiBody({ type: [GenericFileRequest] })
  @ApiCreatedResponse({
    description: 'Every saved file with its relations',
    schema: {
      type: 'object',
      required: ['count', 'next', 'previous', 'results'],
      properties: {
        count: { type: 'integer', format: 'int64' },
        next: { type: 'string', description: 'Always ""' },
        previous: { type: 'string', description: 'Always ""' },
        results: { type: 'array', items: { $ref: getSchemaPath(GenericFileResponse) } },
      },
    },
  })
  @ApiBadRequestResponse({ description: 'A file of another institution, a malformed body or a validation failure' })
  @ApiNotFoundResponse({ description: 'A file with an id that does not exist' })
  @ApiConflictResponse({ description: 'An identifier or uuid is taken' })
  async createBatch(@Param('institution_id', ParseIntPipe) institutionId: number, @Body(new WireArrayBodyPipe(genericFileBodySchema, 'files', 'GenericFile objects')) body: GenericFileBody[]): Promise<FileBatchResponse> {
    const saved = await this.writes.createBatch(institutionId, body.map(toFileSubmission));
    return { count: saved.length, next: '', previous: '', results: saved.map(toGenericFileResponse) };
  }

  @Put('update/:id')
  @Authorize('FileUpdate', 'GenericFile', { routeFindsRecord: 'id' })
  @ApiOperation({
    summary: 'Update a file',
    description: 'Send the whole record. The storage option of an active file and created_at are kept. Nested children without ' +
      'an id are inserted; those with an id are left as they are. Answers the file with all its relations.',
  })
  @ApiBody({ type: GenericFileRequest })
  @ApiOkResponse({ type: GenericFileResponse })
  @ApiBadRequestResponse({ description: 'Id or institution mismatch, a malformed body or a validation failure' })
  @ApiConflictResponse({ description: 'The identifier or uuid is taken' })
  async update(@AuthorizedResource() resource: LocatedResource, @Body(new WireBodyPipe(genericFileBodySchema)) body: GenericFileBody): Promise<GenericFileResponse> {
    return toGenericFileResponse(await this.writes.update(resource.id, toFileSubmission(body)));
  }
}
