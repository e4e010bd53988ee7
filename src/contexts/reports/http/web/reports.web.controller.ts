import { Controller, Get, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccessPolicy } from '../../../../shared/access/access-policy.js';
import { isSysAdmin, type Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import { rawQueryString } from '../../../../shared/http/raw-query.js';
import { sendCsv } from '../../../../shared/web/csv.js';
import { goJson } from '../../../../shared/http/go-json.js';
import { renderPage } from '../../../../shared/web/web-response.js';
import { parseDepositReportParams } from '../../application/deposit-report.params.js';
import { DepositReportsService, type InstitutionOption } from '../../application/deposit-reports.service.js';
import type { DepositStatRow } from '../../domain/deposit-stats.js';
import { billingCsv, depositStatsCsv, depositTimelineCsv } from './report-csv.js';
import {
  depositBarChart,
  depositReportOptions,
  depositTimelineChart,
  depositTimelineTable,
  toBillingTableRows,
  toDepositTableRows,
  visibleDepositRows,
} from './deposit-report.view-model.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';

/** The reports this user may open, for the links between them. */
const reportTabs = (actor: Actor) =>
  [
    { label: 'Deposits', href: '/reports/deposits', permission: 'DepositReportShow' as const },
    { label: 'Billing', href: '/reports/billing', permission: 'BillingReportShow' as const },
  ].filter((tab) => AccessPolicy.hasPermission(actor, tab.permission, actor.institutionId));

/** The reported institution's name: from the sys admin's choices, else from the statistics themselves. */
const institutionNameOf = (id: number, options: readonly InstitutionOption[], rows: readonly DepositStatRow[]): string | null =>
  id === 0 ? null : (options.find((i) => i.id === id)?.name ?? rows.find((r) => r.institutionId === id)?.institutionName ?? null);

const wantsCsv = (request: FastifyRequest): boolean => new URLSearchParams(rawQueryString(request)).get('format') === 'csv';

/** The deposit and billing reports (workflows.md §8.2–§8.3); `?format=csv` downloads the table. */
@WebPages()
@Controller('reports')
export class ReportsWebController {
  constructor(private readonly reports: DepositReportsService) {}

  @Get('deposits')
  @Authorize('DepositReportShow', 'Institution')
  async deposits(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const now = new Date();
    const query = rawQueryString(request);
    const params = parseDepositReportParams(query, actor, now);
    const institutions = await this.reports.institutionOptions(actor);
    const options = depositReportOptions(params, institutions, now);
    const csvQuery = new URLSearchParams(query);
    csvQuery.set('format', 'csv');
    const common = {
      pageTitle: 'Deposit Report',
      reportTabs: reportTabs(actor),
      params,
      options,
      isSysAdmin: isSysAdmin(actor),
      csvUrl: `/reports/deposits?${csvQuery.toString()}`,
    };

    if (params.reportType === 'over_time') {
      const rows = await this.reports.depositTimeline(actor, params);
      if (wantsCsv(request)) return sendCsv(reply, `deposits-over-time-${params.startDate}-to-${params.endDate}.csv`, depositTimelineCsv(rows));
      const chart = depositTimelineChart(rows, params);
      return renderPage(reply, 'reports/deposits', {
        ...common,
        institutionName: institutionNameOf(params.institutionId, institutions, rows),
        chart,
        chartJson: goJson(chart),
        timeline: depositTimelineTable(rows, params.chartMetric),
        chartMetricLabel: options.chartMetrics.find((m) => m.value === params.chartMetric)?.label,
      });
    }

    const rows = visibleDepositRows(await this.reports.depositStats(actor, params, now), params);
    if (wantsCsv(request)) return sendCsv(reply, `deposits-${params.endDate}.csv`, depositStatsCsv(rows, isSysAdmin(actor)));
    const chart = depositBarChart(rows, params);
    return renderPage(reply, 'reports/deposits', {
      ...common,
      institutionName: institutionNameOf(params.institutionId, institutions, rows),
      chart,
      chartJson: goJson(chart),
      rows: toDepositTableRows(rows),
    });
  }

  @Get('billing')
  @Authorize('BillingReportShow', 'Institution')
  async billing(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const now = new Date();
    const query = rawQueryString(request);
    const params = parseDepositReportParams(query, actor, now);
    const rows = await this.reports.billingStats(actor, params);
    if (wantsCsv(request)) return sendCsv(reply, `billing-${params.institutionId}-${params.startDate}-to-${params.endDate}.csv`, billingCsv(rows));
    const institutions = await this.reports.institutionOptions(actor);
    const csvQuery = new URLSearchParams(query);
    csvQuery.set('format', 'csv');
    return renderPage(reply, 'reports/billing', {
      pageTitle: 'Billing Report',
      reportTabs: reportTabs(actor),
      params,
      options: depositReportOptions({ ...params, reportType: 'by_inst' }, institutions, now),
      institutionName: institutions.find((i) => i.id === params.institutionId)?.name ?? null,
      rows: toBillingTableRows(rows),
      csvUrl: `/reports/billing?${csvQuery.toString()}`,
    });
  }
}
