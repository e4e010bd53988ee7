import { Module } from '@nestjs/common';
import { InstitutionsModule } from '../institutions/index.js';
import { EVENT_FILE_EFFECTS, PremisEventsModule } from '../premis-events/index.js';
import { WorkItemsModule } from '../work-items/index.js';
import { ChecksumsService } from './application/checksums.service.js';
import { FileChildrenWritesService } from './application/file-children-writes.service.js';
import { FileRestorationsService } from './application/file-restorations.service.js';
import { GenericFileWritesService } from './application/generic-file-writes.service.js';
import { GenericFileReader } from './application/generic-file.reader.js';
import { GenericFilesFacade } from './application/generic-files.facade.js';
import { GenericFilesService } from './application/generic-files.service.js';
import { StorageRecordsService } from './application/storage-records.service.js';
import { ChecksumsAdminController } from './http/admin/checksums.admin.controller.js';
import { GenericFilesAdminController } from './http/admin/generic-files.admin.controller.js';
import { StorageRecordsAdminController } from './http/admin/storage-records.admin.controller.js';
import { ChecksumsMemberController } from './http/member/checksums.member.controller.js';
import { GenericFilesMemberController } from './http/member/generic-files.member.controller.js';
import { GenericFilesWebController } from './http/web/generic-files.web.controller.js';
import { ChecksumReadQueries } from './infrastructure/persistence/checksum.read-queries.js';
import { ChecksumRepository } from './infrastructure/persistence/checksum.repository.js';
import { FileWorkQueries } from './infrastructure/persistence/file-work.queries.js';
import { GenericFileReadQueries } from './infrastructure/persistence/generic-file.read-queries.js';
import { GenericFileRepository } from './infrastructure/persistence/generic-file.repository.js';
import { StorageRecordReadQueries } from './infrastructure/persistence/storage-record.read-queries.js';
import { StorageRecordRepository } from './infrastructure/persistence/storage-record.repository.js';

@Module({
  imports: [PremisEventsModule, WorkItemsModule, InstitutionsModule],
  controllers: [GenericFilesMemberController, ChecksumsMemberController, GenericFilesAdminController, ChecksumsAdminController, StorageRecordsAdminController, GenericFilesWebController],
  providers: [
    GenericFileReadQueries, ChecksumReadQueries, StorageRecordReadQueries,
    GenericFileRepository, ChecksumRepository, StorageRecordRepository,
    GenericFilesService, ChecksumsService, StorageRecordsService, GenericFileReader,
    GenericFileWritesService, FileChildrenWritesService, GenericFilesFacade, FileWorkQueries, FileRestorationsService,
    // The events context records fixity checks through this token (it does not import this module).
    { provide: EVENT_FILE_EFFECTS, useExisting: GenericFilesFacade },
  ],
  exports: [GenericFilesService, ChecksumsService, GenericFileReader, GenericFilesFacade],
})
export class GenericFilesModule {}
