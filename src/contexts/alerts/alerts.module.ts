import { Module } from '@nestjs/common';
import { AlertsService } from './application/alerts.service.js';
import { AlertsMemberController } from './http/member/alerts.member.controller.js';
import { AlertReadQueries } from './infrastructure/persistence/alert.read-queries.js';

@Module({
  controllers: [AlertsMemberController],
  providers: [AlertReadQueries, AlertsService],
  exports: [AlertsService],
})
export class AlertsModule {}
