import { Controller, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { addFlash } from '../../../../shared/web/flash.js';
import { redirectTo } from '../../../../shared/web/web-response.js';
import { DeletionRequestsService } from '../../application/deletion-requests.service.js';

/** The file page's Delete button (workflows.md §1.3), here for the same reason as the object one. */
@ApiExcludeController()
@Controller('files')
export class FileDeletionRequestsWebController {
  constructor(private readonly deletions: DeletionRequestsService) {}

  @Post('init_delete/:id')
  @Authorize('FileRequestDelete', 'GenericFile')
  async initDelete(
    @CurrentActor() actor: Actor,
    @AuthorizedResource() resource: LocatedResource,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    await this.deletions.requestFileDeletion(actor, resource.id);
    addFlash(request, 'success', "Deletion of this file has been requested. Your institution's administrators have been asked to approve it.");
    return redirectTo(reply, `/files/show/${resource.id}`, 303);
  }
}
