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

/** The file page's Delete button (workflows.md §1.3), here for the same reason as the object one. */
@WebPages()
@Controller('files')
export class FileDeletionRequestsWebController {
  constructor(private readonly deletions: DeletionRequestsService) {}

  @Post('init_delete/:id')
  @Authorize('FileRequestDelete', 'GenericFile')
  async initDelete(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const created = await this.deletions.requestFileDeletion(actor, resource.id);
    const detail = await this.deletions.getDetail(created.request.id);
    return renderPage(reply, 'deletions/requested', toDeletionRequestedViewModel(detail, `/files/show/${resource.id}`), 201);
  }
}
