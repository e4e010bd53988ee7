import { Controller, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { renderPage } from '../../../../shared/web/web-response.js';
import { DeletionRequestsService } from '../../application/deletion-requests.service.js';
import { toDeletionRequestedViewModel } from './deletion-request.view-model.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';

/**
 * The object page's Delete button (workflows.md §1.3): an institutional admin's deletion request.
 * It lives here, not with the object pages, because this context already depends on the objects one.
 */
@WebPages()
@Controller('objects')
export class ObjectDeletionRequestsWebController {
  constructor(private readonly deletions: DeletionRequestsService) {}

  @Post('init_delete/:id')
  @Authorize('IntellectualObjectRequestDelete', 'IntellectualObject')
  async initDelete(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const created = await this.deletions.requestObjectDeletion(actor, resource.id);
    const detail = await this.deletions.getDetail(created.request.id);
    return renderPage(reply, 'deletions/requested', toDeletionRequestedViewModel(detail, `/objects/show/${resource.id}`), 201);
  }
}
