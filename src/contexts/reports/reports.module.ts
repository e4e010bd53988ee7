import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/index.js';
import { GenericFilesModule } from '../generic-files/index.js';
import { InstitutionsModule } from '../institutions/index.js';
import { IntellectualObjectsModule } from '../intellectual-objects/index.js';
import { PremisEventsModule } from '../premis-events/index.js';
import { WorkItemsModule } from '../work-items/index.js';
import { DashboardService } from './application/dashboard.service.js';
import { DepositReportsService } from './application/deposit-reports.service.js';
import { DashboardWebController } from './http/web/dashboard.web.controller.js';
import { ReportsWebController } from './http/web/reports.web.controller.js';
import { DepositSummaryReadQueries } from './infrastructure/persistence/deposit-summary.read-queries.js';
import { DepositStatsReadQueries } from './infrastructure/persistence/deposit-stats.read-queries.js';

@Module({
  imports: [InstitutionsModule, AlertsModule, WorkItemsModule, IntellectualObjectsModule, GenericFilesModule, PremisEventsModule],
  controllers: [ReportsWebController, DashboardWebController],
  providers: [DepositStatsReadQueries, DepositReportsService, DepositSummaryReadQueries, DashboardService],
  exports: [DepositReportsService],
})
export class ReportsModule {}
