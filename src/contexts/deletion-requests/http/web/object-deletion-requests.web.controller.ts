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

/**
 * The object page's Delete button (workflows.md §1.3): an institutional admin's deletion request.
 * It lives here, not with the object pages, because this context already depends on the objects one.
 */
@ApiExcludeController()
@Controller('objects')
export class ObjectDeletionRequestsWebController {
  constructor(private readonly deletions: DeletionRequestsService) {}

  @Post('init_delete/:id')
  @Authorize('IntellectualObjectRequestDelete', 'IntellectualObject')
  async initDelete(
    @CurrentActor() actor: Actor,
    @AuthorizedResource() resource: LocatedResource,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    await this.deletions.requestObjectDeletion(actor, resource.id);
    addFlash(request, 'success', "Deletion of this object has been requested. Your institution's administrators have been asked to approve it.");
    return redirectTo(reply, `/objects/show/${resource.id}`, 303);
  }
}
