import { Module } from '@nestjs/common';
import { WorkItemsService } from './application/work-items.service.js';
import { WorkItemsMemberController } from './http/member/work-items.member.controller.js';
import { WorkItemReadQueries } from './infrastructure/persistence/work-item.read-queries.js';

@Module({
  controllers: [WorkItemsMemberController],
  providers: [WorkItemReadQueries, WorkItemsService],
  exports: [WorkItemsService],
})
export class WorkItemsModule {}
