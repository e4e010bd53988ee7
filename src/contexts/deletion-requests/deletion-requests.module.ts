import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/index.js';
import { GenericFilesModule } from '../generic-files/index.js';
import { InstitutionsModule } from '../institutions/index.js';
import { PremisEventsModule } from '../premis-events/index.js';
import { WorkItemsModule } from '../work-items/index.js';
import { BatchDeletionsService } from './application/batch-deletions.service.js';
import { DeletionPreconditionsService } from './application/deletion-preconditions.service.js';
import { DeletionRequestsService } from './application/deletion-requests.service.js';
import { FileDeletionsService } from './application/file-deletions.service.js';
import { BatchDeletionsAdminController } from './http/admin/batch-deletions.admin.controller.js';
import { DeletionPreconditionsAdminController } from './http/admin/deletion-preconditions.admin.controller.js';
import { DeletionRequestsAdminController } from './http/admin/deletion-requests.admin.controller.js';
import { FileDeletionsAdminController } from './http/admin/file-deletions.admin.controller.js';
import { DeletionRequestsMemberController } from './http/member/deletion-requests.member.controller.js';
import { DeletionRequestsWebController } from './http/web/deletion-requests.web.controller.js';
import { FileDeletionRequestsWebController } from './http/web/file-deletion-requests.web.controller.js';
import { ObjectDeletionRequestsWebController } from './http/web/object-deletion-requests.web.controller.js';
import { DeletionPreconditionsWriter } from './infrastructure/persistence/deletion-preconditions.writer.js';
import { DeletionRequestFactsQuery } from './infrastructure/persistence/deletion-request-facts.query.js';
import { DeletionRequestReadQueries } from './infrastructure/persistence/deletion-request.read-queries.js';
import { DeletionRequestRepository } from './infrastructure/persistence/deletion-request.repository.js';
import { FileDeletionFactsQuery } from './infrastructure/persistence/file-deletion-facts.query.js';

@Module({
  imports: [GenericFilesModule, InstitutionsModule, PremisEventsModule, WorkItemsModule, AlertsModule],
  controllers: [
    DeletionRequestsMemberController, DeletionRequestsAdminController, FileDeletionsAdminController, BatchDeletionsAdminController,
    DeletionPreconditionsAdminController, ObjectDeletionRequestsWebController, FileDeletionRequestsWebController, DeletionRequestsWebController,
  ],
  providers: [
    DeletionRequestReadQueries, DeletionRequestRepository, DeletionRequestFactsQuery, FileDeletionFactsQuery, DeletionPreconditionsWriter,
    DeletionRequestsService, FileDeletionsService, BatchDeletionsService, DeletionPreconditionsService,
  ],
  exports: [DeletionRequestsService],
})
export class DeletionRequestsModule {}
