import { Controller, Get, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../../../shared/access/authorize.decorator.js';
import { renderErrorPage } from '../../../../shared/web/error-page.js';
import { formWithErrors } from '../../../../shared/web/form.js';
import { renderPage } from '../../../../shared/web/web-response.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';

/** `GET /error` and `GET /ui_components` (api.md §3.3): public pages, for anyone. */
@WebPages()
@Controller()
export class PublicPagesWebController {
  /** The site's error page, as the reference serves it: 500. */
  @Get('error')
  @Public()
  async error(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    await renderErrorPage(request, reply, 500, 'internal server error');
    return reply;
  }

  /** The components the pages are built from, on one page, for designers and developers. */
  @Get('ui_components')
  @Public()
  components(@Res() reply: FastifyReply): Promise<FastifyReply> {
    return renderPage(reply, 'operations/ui-components', {
      pageTitle: 'UI Components',
      form: formWithErrors({ Name: 'Typed value', Email: 'not-an-email' }, { Email: ['Email is not valid.'] }),
      badges: [{ label: 'Active', tone: 'ok' }, { label: 'Deleted', tone: 'bad' }, { label: 'Pending', tone: 'warn' }, { label: 'Plain' }],
      pagination: { first: 21, last: 40, count: 95, previous: '#', next: '#', pages: [1, 2, 3, 4, 5].map((n) => ({ label: String(n), href: '#', current: n === 2 })) },
    });
  }
}
