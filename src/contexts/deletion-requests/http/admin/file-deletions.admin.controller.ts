import { Controller, Delete } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { AdminApi } from '../../../../shared/http/admin-api.decorators.js';
import { ApiShowNotFound } from '../../../../shared/http/member-api.decorators.js';
import { GenericFileResponse, toGenericFileResponse } from '../../../generic-files/index.js';
import { FileDeletionsService } from '../../application/file-deletions.service.js';

@AdminApi()
@ApiTags('Generic Files')
@Controller('admin-api/v3/files')
export class FileDeletionsAdminController {
  constructor(private readonly deletions: FileDeletionsService) {}

  @Delete('delete/:id')
  @Authorize('FileDelete', 'GenericFile')
  @ApiOperation({
    summary: 'Mark a file deleted',
    description: 'Preserv calls this after deleting every copy of the file. Sets state D, records the deletion event and removes its storage records.',
  })
  @ApiParam({ name: 'id', description: 'File id', schema: { type: 'integer', format: 'int64', minimum: 1 } })
  @ApiOkResponse({ type: GenericFileResponse, description: 'The deleted file (relations not loaded)' })
  @ApiShowNotFound()
  @ApiConflictResponse({ description: 'A precondition failed: already deleted, retention period not passed, or no approved Started Delete work item' })
  async delete(@AuthorizedResource() resource: LocatedResource): Promise<GenericFileResponse> {
    return toGenericFileResponse(await this.deletions.deleteFile(resource.id));
  }
}
