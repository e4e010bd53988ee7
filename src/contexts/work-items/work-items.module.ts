import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/index.js';
import { InstitutionsModule } from '../institutions/index.js';
import { WorkItemAdminService } from './application/work-item-admin.service.js';
import { WorkItemCompletionAlerts } from './application/work-item-completion-alerts.js';
import { WorkItemSaves } from './application/work-item-saves.js';
import { WorkItemWritesService } from './application/work-item-writes.service.js';
import { WorkItemsFacade } from './application/work-items.facade.js';
import { WorkItemsService } from './application/work-items.service.js';
import { WorkItemsAdminController } from './http/admin/work-items.admin.controller.js';
import { WorkItemsMemberController } from './http/member/work-items.member.controller.js';
import { WorkItemsWebController } from './http/web/work-items.web.controller.js';
import { NsqNodeStatus } from './infrastructure/nsq/nsq-node-status.js';
import { WorkItemEditFacts } from './infrastructure/persistence/work-item-edit-facts.query.js';
import { WorkItemSaveFacts } from './infrastructure/persistence/work-item-save-facts.query.js';
import { WorkItemReadQueries } from './infrastructure/persistence/work-item.read-queries.js';
import { WorkItemRepository } from './infrastructure/persistence/work-item.repository.js';
import { PreservInterimDataStore } from './infrastructure/redis/preserv-interim-data.store.js';

@Module({
  imports: [AlertsModule, InstitutionsModule],
  controllers: [WorkItemsMemberController, WorkItemsAdminController, WorkItemsWebController],
  providers: [
    WorkItemReadQueries,
    WorkItemRepository,
    WorkItemSaveFacts,
    WorkItemCompletionAlerts,
    WorkItemSaves,
    WorkItemWritesService,
    WorkItemsFacade,
    WorkItemsService,
    PreservInterimDataStore,
    WorkItemEditFacts,
    NsqNodeStatus,
    WorkItemAdminService,
  ],
  exports: [WorkItemsService, WorkItemsFacade],
})
export class WorkItemsModule {}
