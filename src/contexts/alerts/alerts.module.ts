import { Module } from '@nestjs/common';
import { NAV_BADGE_SOURCE } from '../../shared/web/nav-badges.js';
import { InstitutionsModule } from '../institutions/index.js';
import { AlertJobs } from './application/alert.jobs.js';
import { AlertReadMarksService } from './application/alert-read-marks.service.js';
import { AlertsFacade } from './application/alerts.facade.js';
import { AlertsService } from './application/alerts.service.js';
import { FailedFixityAlertsService } from './application/failed-fixity-alerts.service.js';
import { AlertsAdminController } from './http/admin/alerts.admin.controller.js';
import { AlertsMemberController } from './http/member/alerts.member.controller.js';
import { AlertsWebController } from './http/web/alerts.web.controller.js';
import { AlertReadMarkQueries } from './infrastructure/persistence/alert-read-marks.queries.js';
import { AlertRecipientsQuery } from './infrastructure/persistence/alert-recipients.query.js';
import { AlertReadQueries } from './infrastructure/persistence/alert.read-queries.js';
import { FailedFixityQueries } from './infrastructure/persistence/failed-fixity.queries.js';

@Module({
  imports: [InstitutionsModule],
  controllers: [AlertsMemberController, AlertsAdminController, AlertsWebController],
  providers: [
    AlertReadQueries, AlertRecipientsQuery, FailedFixityQueries, AlertsService, AlertsFacade, FailedFixityAlertsService,
    AlertReadMarkQueries, AlertReadMarksService, AlertJobs,
    // The layout's unread badge next to Alerts in the main navigation.
    { provide: NAV_BADGE_SOURCE, useExisting: AlertReadMarksService },
  ],
  exports: [AlertsService, AlertsFacade, FailedFixityAlertsService],
})
export class AlertsModule {}
