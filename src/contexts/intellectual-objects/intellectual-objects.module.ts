import { RestorationSpotTestJob } from './application/spot-test.jobs.js';
import { Module } from '@nestjs/common';
import { GenericFilesModule } from '../generic-files/index.js';
import { InstitutionsModule } from '../institutions/index.js';
import { PremisEventsModule } from '../premis-events/index.js';
import { WorkItemsModule } from '../work-items/index.js';
import { IntellectualObjectWritesService } from './application/intellectual-object-writes.service.js';
import { IntellectualObjectsService } from './application/intellectual-objects.service.js';
import { ObjectDeletionsService } from './application/object-deletions.service.js';
import { ObjectRestorationsService } from './application/object-restorations.service.js';
import { IntellectualObjectsAdminController } from './http/admin/intellectual-objects.admin.controller.js';
import { IntellectualObjectsMemberController } from './http/member/intellectual-objects.member.controller.js';
import { IntellectualObjectsWebController } from './http/web/intellectual-objects.web.controller.js';
import { IntellectualObjectReadQueries } from './infrastructure/persistence/intellectual-object.read-queries.js';
import { IntellectualObjectRepository } from './infrastructure/persistence/intellectual-object.repository.js';
import { ObjectDeletionFactsQuery } from './infrastructure/persistence/object-deletion-facts.query.js';
import { ObjectWorkQueries } from './infrastructure/persistence/object-work.queries.js';

@Module({
  imports: [WorkItemsModule, PremisEventsModule, GenericFilesModule, InstitutionsModule],
  controllers: [IntellectualObjectsMemberController, IntellectualObjectsAdminController, IntellectualObjectsWebController],
  providers: [
    IntellectualObjectReadQueries, IntellectualObjectRepository, ObjectWorkQueries, ObjectDeletionFactsQuery,
    IntellectualObjectsService, IntellectualObjectWritesService, ObjectRestorationsService, ObjectDeletionsService,
    RestorationSpotTestJob,
  ],
  exports: [IntellectualObjectsService],
})
export class IntellectualObjectsModule {}
