import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { isSysAdmin, type Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import { renderPage } from '../../../../shared/web/web-response.js';
import { DashboardService, RECENT_ALERT_DAYS } from '../../application/dashboard.service.js';
import { toDepositSummary, toRecentAlert, toRecentWorkItem } from './dashboard.view-model.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';

/** `GET /dashboard`: the signed-in user's home page (workflows.md §8.5). */
@WebPages()
@Controller('dashboard')
export class DashboardWebController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Authorize('DashboardShow', 'User')
  async show(@CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const data = await this.dashboard.forActor(actor);
    return renderPage(reply, 'reports/dashboard', {
      pageTitle: 'Dashboard',
      institution: data.institution,
      counts: data.counts,
      recentAlertDays: RECENT_ALERT_DAYS,
      workItems: data.workItems.map(toRecentWorkItem),
      alerts: data.alerts.map(toRecentAlert),
      deposits: toDepositSummary(data.deposits),
      sysAdmin: isSysAdmin(actor),
    });
  }
}
