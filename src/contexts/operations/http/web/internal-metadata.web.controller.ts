import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { renderPage } from '../../../../shared/web/web-response.js';
import { InternalMetadataService } from '../../application/internal-metadata.service.js';
import { toInternalMetadataViewModel } from './internal-metadata.view-model.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';

/** `GET /internal_metadata` (sys admins): housekeeping flags, the NSQ outbox backlog, background jobs and migrations. */
@WebPages()
@Controller('internal_metadata')
export class InternalMetadataWebController {
  constructor(private readonly metadata: InternalMetadataService) {}

  @Get()
  @Authorize('InternalMetadataRead', 'Institution')
  async index(@Res() reply: FastifyReply): Promise<FastifyReply> {
    const view = toInternalMetadataViewModel(await this.metadata.overview());
    return renderPage(reply, 'operations/internal-metadata', { pageTitle: 'Internal Metadata', ...view });
  }
}
