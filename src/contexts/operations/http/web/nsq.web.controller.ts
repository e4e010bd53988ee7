import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { addFlash } from '../../../../shared/web/flash.js';
import { formFields, redirectTo, renderPage } from '../../../../shared/web/web-response.js';
import { NsqAdminService } from '../../application/nsq-admin.service.js';
import { INGEST_TOPICS, parseNsqAdminCommand, successMessage, describeTarget } from '../../domain/nsq-admin.js';
import { toNsqViewModel } from './nsq.view-model.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The NSQ admin page (workflows.md §9.1, sys admins): nsqd's statistics and actions through its HTTP API. */
@WebPages()
@Controller('nsq')
export class NsqWebController {
  constructor(private readonly nsq: NsqAdminService) {}

  @Get()
  @Authorize('NsqAdmin', 'Institution')
  async show(@Res() reply: FastifyReply): Promise<FastifyReply> {
    const view = toNsqViewModel(await this.nsq.overview());
    const missingDefaults = view.status === 'ok' ? INGEST_TOPICS.filter((t) => !view.topics.some((topic) => topic.name === t)).length : 0;
    return renderPage(reply, 'operations/nsq', { pageTitle: 'NSQ Dashboard', ...view, missingDefaults });
  }

  @Post('admin')
  @Authorize('NsqAdmin', 'Institution')
  async admin(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown): Promise<FastifyReply> {
    const command = parseNsqAdminCommand(formFields(body));
    try {
      await this.nsq.run(command);
      addFlash(request, 'success', successMessage(command));
    } catch (error) {
      addFlash(request, 'error', `Failed: ${command.operation} ${describeTarget(command)}: ${messageOf(error)}`);
    }
    return redirectTo(reply, '/nsq', 303);
  }

  @Post('init')
  @Authorize('NsqAdmin', 'Institution')
  async init(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    try {
      const created = await this.nsq.createDefaultTopics();
      addFlash(request, 'success', created.length > 0 ? `Created ${created.length} default topics: ${created.join(', ')}.` : 'Every default topic exists already.');
    } catch (error) {
      addFlash(request, 'error', `Could not create the default topics: ${messageOf(error)}`);
    }
    return redirectTo(reply, '/nsq', 303);
  }
}
