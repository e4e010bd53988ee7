import { Module } from '@nestjs/common';
import { AlertsFacade } from './application/alerts.facade.js';
import { AlertsService } from './application/alerts.service.js';
import { AlertsMemberController } from './http/member/alerts.member.controller.js';
import { AlertRecipientsQuery } from './infrastructure/persistence/alert-recipients.query.js';
import { AlertReadQueries } from './infrastructure/persistence/alert.read-queries.js';

@Module({
  controllers: [AlertsMemberController],
  providers: [AlertReadQueries, AlertRecipientsQuery, AlertsService, AlertsFacade],
  exports: [AlertsService, AlertsFacade],
})
export class AlertsModule {}
