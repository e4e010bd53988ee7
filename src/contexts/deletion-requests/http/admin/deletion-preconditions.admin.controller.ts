import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiMethodNotAllowedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { AdminApi } from '../../../../shared/http/admin-api.decorators.js';
import { ApiShowNotFound } from '../../../../shared/http/member-api.decorators.js';
import { toWorkItemResponse, WorkItemResponse } from '../../../work-items/index.js';
import { DeletionPreconditionsService } from '../../application/deletion-preconditions.service.js';

const TEST_ONLY =
  'Test environments only (APP_TEST_ROUTES=true, APT_ENV test or integration, a local database named *_test or *_integration); elsewhere 405. ' +
  'Backdates the record past its retention period, adds an ingestion event if needed, a self-approved deletion request and a Started Delete work item (not queued).';

@AdminApi()
@ApiTags('Test support')
@Controller('admin-api/v3')
export class DeletionPreconditionsAdminController {
  constructor(private readonly preconditions: DeletionPreconditionsService) {}

  @Post('prepare_file_delete/:id')
  @HttpCode(200)
  @Authorize('PrepareFileDelete', 'GenericFile')
  @ApiOperation({ summary: 'Make a file deletable (tests only)', description: TEST_ONLY })
  @ApiParam({ name: 'id', description: 'File id', schema: { type: 'integer', format: 'int64', minimum: 1 } })
  @ApiOkResponse({ type: WorkItemResponse, description: 'The Started Delete work item' })
  @ApiMethodNotAllowedResponse({ description: '{"StatusCode":405,"Error":"operation not supported"} outside test environments' })
  @ApiShowNotFound()
  @ApiConflictResponse({ description: 'The institution has no active institutional admin' })
  async prepareFileDelete(@AuthorizedResource() resource: LocatedResource): Promise<WorkItemResponse> {
    return toWorkItemResponse(await this.preconditions.prepareFileDelete(resource.id));
  }

  @Post('prepare_object_delete/:id')
  @HttpCode(200)
  @Authorize('PrepareObjectDelete', 'IntellectualObject')
  @ApiOperation({ summary: 'Make an object deletable (tests only)', description: TEST_ONLY })
  @ApiParam({ name: 'id', description: 'Object id', schema: { type: 'integer', format: 'int64', minimum: 1 } })
  @ApiOkResponse({ type: WorkItemResponse, description: 'The Started Delete work item' })
  @ApiMethodNotAllowedResponse({ description: '{"StatusCode":405,"Error":"operation not supported"} outside test environments' })
  @ApiShowNotFound()
  @ApiConflictResponse({ description: 'The institution has no active institutional admin' })
  async prepareObjectDelete(@AuthorizedResource() resource: LocatedResource): Promise<WorkItemResponse> {
    return toWorkItemResponse(await this.preconditions.prepareObjectDelete(resource.id));
  }
}
