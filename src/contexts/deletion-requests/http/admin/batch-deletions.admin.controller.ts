import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import { AdminApi } from '../../../../shared/http/admin-api.decorators.js';
import { BatchDeletionsService } from '../../application/batch-deletions.service.js';
import { DeletionRequestResponse, toDeletionRequestResponse } from '../deletion-request.response.js';
import { BatchDeletionRequestBody, parseBatchDeletionBody } from './batch-deletion.request.js';

@AdminApi()
@ApiTags('Intellectual Objects')
@Controller('admin-api/v3/objects')
export class BatchDeletionsAdminController {
  constructor(private readonly batches: BatchDeletionsService) {}

  @Post('init_batch_delete')
  @HttpCode(201)
  @Authorize('IntellectualObjectBatchDelete', 'IntellectualObject')
  @ApiOperation({
    summary: 'Request the deletion of a batch of objects',
    description: 'Creates one deletion request for the objects on behalf of an institutional admin and alerts the institution\'s admins, one of whom must approve it. Nothing is queued yet.',
  })
  @ApiBody({ type: BatchDeletionRequestBody })
  @ApiCreatedResponse({ type: DeletionRequestResponse })
  @ApiBadRequestResponse({ description: 'invalid token, invalid requestor id, one or more object ids is invalid, or a malformed body' })
  @ApiConflictResponse({ description: 'task cannot be completed because this object has pending work items' })
  @ApiServiceUnavailableResponse({ description: 'BATCH_DELETION_KEY is not configured' })
  async initBatchDelete(@CurrentActor() actor: Actor, @Body() body: unknown, @Req() request: FastifyRequest): Promise<DeletionRequestResponse> {
    this.batches.assertEnabled();
    const detail = await this.batches.requestBatchDeletion(actor, parseBatchDeletionBody(body), request.ip);
    return toDeletionRequestResponse(detail);
  }
}
