import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../../../../shared/access/authorize.decorator.js';
import { renderPage } from '../../../../shared/web/web-response.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';

/** `GET /accessibility_statement`: public, for anyone. */
@WebPages()
@Controller('accessibility_statement')
export class AccessibilityWebController {
  @Get()
  @Public()
  show(@Res() reply: FastifyReply): Promise<FastifyReply> {
    return renderPage(reply, 'operations/accessibility-statement', { pageTitle: 'Accessibility Statement' });
  }
}
