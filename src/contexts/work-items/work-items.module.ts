import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/index.js';
import { WorkItemCompletionAlerts } from './application/work-item-completion-alerts.js';
import { WorkItemSaves } from './application/work-item-saves.js';
import { WorkItemWritesService } from './application/work-item-writes.service.js';
import { WorkItemsFacade } from './application/work-items.facade.js';
import { WorkItemsService } from './application/work-items.service.js';
import { WorkItemsAdminController } from './http/admin/work-items.admin.controller.js';
import { WorkItemsMemberController } from './http/member/work-items.member.controller.js';
import { WorkItemSaveFacts } from './infrastructure/persistence/work-item-save-facts.query.js';
import { WorkItemReadQueries } from './infrastructure/persistence/work-item.read-queries.js';
import { WorkItemRepository } from './infrastructure/persistence/work-item.repository.js';
import { PreservInterimDataStore } from './infrastructure/redis/preserv-interim-data.store.js';

@Module({
  imports: [AlertsModule],
  controllers: [WorkItemsMemberController, WorkItemsAdminController],
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
  ],
  exports: [WorkItemsService, WorkItemsFacade],
})
export class WorkItemsModule {}
